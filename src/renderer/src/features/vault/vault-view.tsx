// The vault, reached from the lock screen or an open journal: created together, opened
// together, or recovered; once open, what is inside (open-vault.tsx). Loaded lazily, so
// the lock screen's bundle stays small. While open, it locks itself after its idle minutes (or
// the open journal's, if sooner: a journal's lock takes the vault with it), asking a minute before.

import { useCallback, useEffect, useId, useState, type CSSProperties, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import type { VaultStatus } from '../../../../shared/contract.ts'
import { THEMES } from '../../../../shared/themes.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { CreateTogether } from './door/create-together.tsx'
import { LockedHub } from './door/locked-hub.tsx'
import { OpenVault } from './secrets/open-vault.tsx'
import { minutesText } from './partners.ts'
import { IdleWarning } from './secrets/idle-warning.tsx'
import { useIdleLock, WARNING_MS } from './secrets/use-idle-lock.ts'
import './vault.css'
import type { JournalRoute } from '../../ui/navigation.ts'
import type { TogetherTime } from '../../../../shared/time-together.ts'
import { aboutTime } from './time/about-time.ts'

// The vault belongs to the trust theme, and wears its colour.
const trust = THEMES.find((t) => t.id === 'trust')!
const ACCENT = { '--theme-colour': trust.colour } as CSSProperties
const CLOSED = 'The vault is locked again.'

interface Props {
  /** Back to the open journal, or to the lock screen if none is open. */
  onLeave: () => void
  /** Once open, time together's page first (from the quality-time theme). */
  start?: 'time' | undefined
  /** The idea or time together to show on that page (found by a search). */
  itemId?: string | undefined
  /** To the open journal, at `route` (a reflection about a time together), the vault closed. */
  onJournal?: (route: JournalRoute) => void
}

export default function VaultView({ onLeave, start, itemId, onJournal = onLeave }: Props) {
  const [status, setStatus] = useState<VaultStatus | null>(null)
  const [journalProfileId, setJournalProfileId] = useState<string | null>(null)
  const [journalMinutes, setJournalMinutes] = useState<number | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)
  // While new recovery halves are shown, leaving would lose the ones not yet kept.
  const [keepingHalves, setKeepingHalves] = useState(false)

  const load = useCallback(async () => {
    try {
      const [vault, app] = await Promise.all([api.vault.status(), api.app.status()])
      // Only a preference: without it, the vault's own minutes are the warning's.
      const journal = app.unlockedProfileId ? await api.settings.get().catch(() => null) : null
      setJournalProfileId(app.unlockedProfileId)
      setJournalMinutes(journal?.autoLockMinutes ?? null)
      setStatus(vault)
      setFailure(null)
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }, [])

  useEffect(() => {
    void load()
  }, [load])

  const vaultMinutes = status?.autoLockMinutes ?? 0
  const idleMinutes = journalMinutes === null ? vaultMinutes : Math.min(vaultMinutes, journalMinutes)

  const lockAfterIdle = useCallback(async () => {
    const minutes = idleMinutes
    // Take what is inside off the page first, so nothing of it outlives the lock.
    flushSync(() => setStatus((current) => current && { ...current, open: false, partsGiven: [] }))
    setNote(`The vault locked itself after ${minutesText(minutes)} without activity.`)
    await api.vault.lock().catch(() => undefined)
    await load()
  }, [idleMinutes, load])

  const idle = useIdleLock(idleMinutes, status?.open === true, () => void lockAfterIdle())

  const back = journalProfileId ? 'Back to your journal' : 'Back to the lock screen'
  const writer = status?.partners.find((p) => p.profileId === journalProfileId) ?? null
  // What they write about a time is for the writer alone: the vault closes before the journal opens.
  const writeAbout = async (time: TogetherTime) => {
    flushSync(() => setStatus((current) => current && { ...current, open: false, partsGiven: [] }))
    await api.vault.lock().catch(() => undefined)
    onJournal(aboutTime(time))
  }

  if (failure) {
    return (
      <Frame back={back} onLeave={onLeave}>
        <section className="panel vault-panel" aria-labelledby="vault-failed-title">
          <h1 id="vault-failed-title">The vault could not be reached</h1>
          <ErrorMessage message={failure} />
          <div className="actions">
            <button type="button" onClick={() => void load()}>
              Try again
            </button>
          </div>
        </section>
      </Frame>
    )
  }
  if (!status) return <main className="screen screen--centred" aria-busy="true" />

  if (status.open) {
    return (
      <div className="vault" style={ACCENT}>
        <OpenVault
          status={status}
          onClosed={() => {
            setNote(CLOSED)
            void load()
          }}
          onEnded={onLeave}
          onStatus={setStatus}
          start={start}
          itemId={itemId}
          writer={writer}
          onWriteAbout={(time) => void writeAbout(time)}
        />
        {idle.warning && <IdleWarning secondsLeft={Math.min(WARNING_MS, (idleMinutes * 60_000) / 2) / 1000} onKeepOpen={idle.keepOpen} />}
      </div>
    )
  }
  if (status.exists) {
    return (
      <Frame back={keepingHalves ? null : back} onLeave={onLeave}>
        <LockedHub status={status} note={note} onNote={setNote} onStatus={setStatus} journalProfileId={journalProfileId} onKeepingHalves={setKeepingHalves} />
      </Frame>
    )
  }
  if (status.canCreate) {
    // No way back from the top bar here: the wizard has its own, and must not lose a half of the code.
    return (
      <Frame back={null} onLeave={onLeave}>
        <CreateTogether partners={status.partners} onCreated={() => void load()} onCancel={onLeave} />
      </Frame>
    )
  }
  // The panel's own button is the way back.
  return (
    <Frame back={null} onLeave={onLeave}>
      <NeedsBothJournals back={back} onLeave={onLeave} />
    </Frame>
  )
}

function Frame({ back, onLeave, children }: { back: string | null; onLeave: () => void; children: ReactNode }) {
  return (
    <div className="screen vault" style={ACCENT}>
      <header className="topbar">
        <span className="brand vault-brand">
          <ThemeIcon icon="key" size={20} className="vault-brand__icon" />
          Our vault
        </span>
        {back && (
          <button type="button" onClick={onLeave}>
            {back}
          </button>
        )}
      </header>
      <main className="vault-main">{children}</main>
    </div>
  )
}

function NeedsBothJournals({ back, onLeave }: { back: string; onLeave: () => void }) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="panel panel--wide vault-panel" aria-labelledby={`${ids}-title`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        The vault needs both of you
      </h1>
      <p className="lead">
        The vault opens only when you are both here, so it needs a journal for each of you first. Lock your journal, choose “Add your partner's journal” on the
        lock screen, and then come back here to create the vault together.
      </p>
      <div className="actions">
        <button type="button" className="primary" onClick={onLeave}>
          {back}
        </button>
      </div>
    </section>
  )
}
