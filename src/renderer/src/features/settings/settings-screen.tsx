// The open journal's settings. Each choice is saved the moment it is made, with a quiet
// "Saved" for screen readers and eyes alike; the look applies to the page at once.

import { useId, useState } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import type { Appearance, Settings, TextSize } from '../../../../shared/settings.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useLoad } from '../../ui/use-load.ts'
import { applyLook } from './appearance.ts'
import { AutoLockField } from '../../ui/auto-lock-field.tsx'
import { BackupSection } from './backup-section.tsx'
import { ChangePassphraseForm } from './change-passphrase-form.tsx'
import { ChoiceGroup, type Choice } from '../../ui/choice-group.tsx'
import { ExportSection } from './export-section.tsx'
import { SpellingSection } from './spelling-section.tsx'
import { EndingsSection } from './endings-section.tsx'
import { YourName } from './your-name.tsx'
import './settings.css'

const APPEARANCE_CHOICES: readonly Choice<Appearance>[] = [
  { value: 'system', label: 'Same as this computer', hint: 'Light or dark as your system is set' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

const TEXT_SIZE_CHOICES: readonly Choice<TextSize>[] = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'large', label: 'Large' },
  { value: 'larger', label: 'Larger' }
]

/** `onProfileChanged`: the name changed, or the journal was deleted: the app reads who is here again. */
export function SettingsScreen({ profile, onProfileChanged }: { profile: ProfileSummary; onProfileChanged: () => void }) {
  const ids = useId()
  const { loaded, set } = useLoad(() => api.settings.get(), 'settings')
  const settings = loaded.state === 'ready' ? loaded.value : null
  const [saved, setSaved] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const save = async (changes: Partial<Settings>) => {
    if (settings) set({ ...settings, ...changes })
    setSaved('')
    setFailure(null)
    try {
      const next = await api.settings.update(changes)
      set(next)
      applyLook(next)
      setSaved('Saved')
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }

  return (
    <main className="settings" aria-labelledby={`${ids}-title`} aria-busy={settings === null}>
      <div className="settings__head">
        <h1 id={`${ids}-title`}>Settings</h1>
        <p className="settings__saved" role="status">
          {saved}
        </p>
      </div>
      <p className="lead">
        For <bdi>{profile.displayName}</bdi>'s journal. Each change is kept as soon as you make it.
      </p>
      <ErrorMessage message={failure ?? (loaded.state === 'failed' ? loaded.message : null)} />
      <YourName profile={profile} onRenamed={onProfileChanged} />
      {settings && (
        <>
          <section className="settings__section" aria-labelledby={`${ids}-look`}>
            <h2 id={`${ids}-look`}>How it looks</h2>
            <ChoiceGroup legend="Appearance" choices={APPEARANCE_CHOICES} value={settings.appearance} onChange={(appearance) => void save({ appearance })} />
            <ChoiceGroup legend="Text size" choices={TEXT_SIZE_CHOICES} value={settings.textSize} onChange={(textSize) => void save({ textSize })} />
          </section>
          <section className="settings__section" aria-labelledby={`${ids}-lock`}>
            <h2 id={`${ids}-lock`}>Locking</h2>
            <AutoLockField minutes={settings.autoLockMinutes} onValid={(autoLockMinutes) => void save({ autoLockMinutes })} />
          </section>
        </>
      )}
      <section className="settings__section" aria-labelledby={`${ids}-pass`}>
        <h2 id={`${ids}-pass`}>Passphrase</h2>
        <ChangePassphraseForm displayName={profile.displayName} />
      </section>
      <BackupSection />
      <ExportSection displayName={profile.displayName} />
      <SpellingSection />
      <EndingsSection profile={profile} onDeleted={onProfileChanged} />
    </main>
  )
}
