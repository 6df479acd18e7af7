// The open vault's own settings, on a page of their own inside it: how soon it locks itself,
// and changing its joint passphrase. Both are the vault's, shared by the two partners, not
// either journal's.

import { useId, useState } from 'react'
import type { VaultStatus } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { AutoLockField } from '../../../ui/auto-lock-field.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { ChangeJointPassphraseForm } from './change-joint-passphrase-form.tsx'
import { END_VAULT_WORDS } from '../../../../../shared/endings.ts'
import { TypedConfirmForm, type Secret } from '../../../ui/typed-confirm-form.tsx'
import '../vault.css'
import { isolated } from '../../../../../shared/text-direction.ts'

/** Each partner's part again, so an open vault left for a moment cannot be ended by one of them. */
function partSecrets(status: VaultStatus): Secret[] {
  return [...status.partners]
    .sort((x, y) => x.part.localeCompare(y.part))
    .map((partner) => ({
      field: partner.part === 'a' ? 'partA' : 'partB',
      label: `${isolated(partner.displayName)}'s part of the vault's passphrase`,
      missing: `${isolated(partner.displayName)}, type your part.`
    }))
}

interface Props {
  status: VaultStatus
  onStatus: (status: VaultStatus) => void
  /** Back to what is inside. */
  onBack: () => void
  /** The vault was ended: it is gone. */
  onEnded: () => void
}

export function VaultSettings({ status, onStatus, onBack, onEnded }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [saved, setSaved] = useState('')
  const [failure, setFailure] = useState<string | null>(null)

  const saveMinutes = async (minutes: number) => {
    setSaved('')
    setFailure(null)
    try {
      onStatus(await api.vault.setAutoLock({ minutes }))
      setSaved('Saved')
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }

  return (
    <div className="vault-settings">
      <div className="vault-settings__bar">
        <button type="button" className="quiet back" onClick={onBack}>
          ← Back to the vault
        </button>
      </div>
      <h1 ref={headingRef} tabIndex={-1}>
        Vault settings
      </h1>
      <p className="lead">These belong to the vault, so they are the same for both of you.</p>
      <section className="vault-settings__section" aria-labelledby={`${ids}-lock`}>
        <div className="vault-settings__head">
          <h2 id={`${ids}-lock`}>When the vault locks itself</h2>
          <p className="vault-settings__saved" role="status">
            {saved}
          </p>
        </div>
        <p className="vault-settings__lead">
          A minute before, it asks “Still reading?”, and one of you can keep it open. It also locks whenever a journal does.
        </p>
        <AutoLockField
          minutes={status.autoLockMinutes}
          onValid={(minutes) => void saveMinutes(minutes)}
          hint="When neither of you has used this computer for that long, the vault locks itself."
        />
        <ErrorMessage message={failure} />
      </section>
      <section className="vault-settings__section" aria-labelledby={`${ids}-pass`}>
        <h2 id={`${ids}-pass`}>Change the joint passphrase</h2>
        <ChangeJointPassphraseForm partners={status.partners} />
      </section>
      <section className="vault-settings__section vault-settings__ending" aria-labelledby={`${ids}-end`}>
        <h2 id={`${ids}-end`}>End our vault</h2>
        <p className="vault-settings__lead">
          If the two of you want your vault to end, it can end here, each of you typing your part once more. Everything inside goes for good: every secret,
          every question and every answer, for both of you. Your own journals stay as they are, and you can make a new vault together later.
        </p>
        <TypedConfirmForm
          label="End our vault"
          words={END_VAULT_WORDS}
          secrets={partSecrets(status)}
          confirmLabel="End our vault for good"
          busyLabel="Ending…"
          onConfirm={async (confirm, { partA = '', partB = '' }) => {
            await api.endings.endTogether({ confirm, partA, partB })
            onEnded()
          }}
        />
      </section>
    </div>
  )
}
