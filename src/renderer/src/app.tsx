// Which screen is showing. Decrypted data lives only inside the screens that show it
// (home loads its own summary), so leaving a screen drops it from React state. The one
// exception is the open journal's look (appearance, text size) on <html>: on lock its text size
// goes, and its appearance stays for the lock screen.
// The vault's screens are a lazy chunk, so the lock screen's bundle stays small.

import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { AppStatus, ProfileSummary } from '../../shared/contract.ts'
import { api, problemOf } from './api.ts'
import { JournalShell } from './features/journal/journal-shell.tsx'
import { AddPartnerPrompt } from './features/lock/add-partner-prompt.tsx'
import { DamagedScreen } from './features/lock/damaged-screen.tsx'
import { LockScreen } from './features/lock/lock-screen.tsx'
import { RecoveryScreen } from './features/lock/recovery-screen.tsx'
import { RestoreScreen } from './features/lock/restore-screen.tsx'
import { SetupScreen } from './features/lock/setup-screen.tsx'
import { WelcomeScreen } from './features/lock/welcome-screen.tsx'
import { applyLook, currentAppearance } from './features/settings/appearance.ts'
import { ErrorMessage } from './ui/error-message.tsx'
import type { JournalRoute } from './ui/navigation.ts'
import { isolated } from '../../shared/text-direction.ts'

const VaultView = lazy(() => import('./features/vault/vault-view.tsx'))

type View =
  | { kind: 'starting' }
  | { kind: 'failed'; message: string }
  /** First run: what Sevenfold is, before the first journal. */
  | { kind: 'welcome' }
  /** `partnerName`: the journal already here when the second is added; null at first run. */
  | { kind: 'setup'; partnerName: string | null }
  /** `askForPartner`: first run, so the partner is offered a journal next. */
  | { kind: 'recovery'; recoveryCode: string; displayName: string; askForPartner: boolean; note?: string; replacing?: boolean }
  | { kind: 'add-partner'; firstName: string }
  | { kind: 'setup-partner'; firstName: string }
  /** `damagedItems`: of the open journal, said on its home screen. */
  | { kind: 'home'; profile: ProfileSummary; partner: ProfileSummary | null; damagedItems: number; route?: JournalRoute }
  | { kind: 'lock'; status: AppStatus }
  /** Reached from the lock screen or an open journal; a journal may or may not be open behind it. `itemId`: an idea or time to show on `start`'s page. */
  | { kind: 'vault'; start?: 'time'; itemId?: string }
  /** Restoring a backup with no journal open (the lock screen, or first run on a new computer). */
  | { kind: 'restore' }
  /** The journal file is damaged: only a restore is offered. */
  | { kind: 'damaged'; message: string }

function viewFor(status: AppStatus, route?: JournalRoute): View {
  if (status.startProblem) return { kind: 'damaged', message: status.startProblem.message }
  if (status.profiles.length === 0) return { kind: 'welcome' }
  const open = status.profiles.find((p) => p.id === status.unlockedProfileId)
  const partner = status.profiles.find((p) => p.id !== status.unlockedProfileId) ?? null
  return open ? { kind: 'home', profile: open, partner, damagedItems: status.damagedItems, ...(route ? { route } : {}) } : { kind: 'lock', status }
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'starting' })

  /** `route`: where the open journal opens, if not home (a reflection about a time together, from the vault). */
  const refresh = useCallback(async (route?: JournalRoute) => {
    try {
      const status = await api.app.status()
      // The look is applied before the journal shows, so it does not flash in the system's colours;
      // while locked, the appearance the last open journal chose (not secret: docs/security.md).
      const locked = { appearance: status.lockAppearance, textSize: 'medium' } as const
      applyLook(status.unlockedProfileId ? ((await api.settings.get().catch(() => null)) ?? locked) : locked)
      setView(viewFor(status, route))
    } catch (error) {
      setView({ kind: 'failed', message: problemOf(error).message })
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const lock = useCallback(async () => {
    // Unmount the journal's screens first, synchronously, so nothing decrypted outlives the
    // click and the editor's save-on-unmount reaches the backend before the lock does.
    flushSync(() => setView({ kind: 'starting' }))
    // The text size goes at once; the appearance stays, as the lock screen will wear it.
    applyLook({ appearance: currentAppearance(), textSize: 'medium' })
    try {
      await api.session.lock()
    } finally {
      await refresh()
    }
  }, [refresh])

  switch (view.kind) {
    case 'starting':
      return <main className="screen screen--centred" aria-busy="true" />
    case 'failed':
      return (
        <main className="screen screen--centred">
          <div className="panel">
            <h1>Sevenfold could not start</h1>
            <ErrorMessage message={view.message} />
            <button type="button" onClick={() => void refresh()}>
              Try again
            </button>
          </div>
        </main>
      )
    case 'welcome':
      return <WelcomeScreen onBegin={() => setView({ kind: 'setup', partnerName: null })} onRestore={() => setView({ kind: 'restore' })} />
    case 'setup': {
      const firstRun = view.partnerName === null
      return (
        <SetupScreen
          partnerName={view.partnerName}
          onCreated={(recoveryCode, displayName) => setView({ kind: 'recovery', recoveryCode, displayName, askForPartner: firstRun })}
          onCancel={() => (firstRun ? setView({ kind: 'welcome' }) : void refresh())}
        />
      )
    }
    case 'recovery':
      return (
        <RecoveryScreen
          recoveryCode={view.recoveryCode}
          displayName={view.displayName}
          note={view.note}
          replacing={view.replacing}
          onDone={() => (view.askForPartner ? setView({ kind: 'add-partner', firstName: view.displayName }) : void refresh())}
        />
      )
    case 'add-partner':
      return (
        <AddPartnerPrompt
          firstName={view.firstName}
          onAdd={() => setView({ kind: 'setup-partner', firstName: view.firstName })}
          onNotNow={() => void refresh()}
        />
      )
    case 'setup-partner':
      return (
        <SetupScreen
          partnerName={view.firstName}
          onCreated={(recoveryCode, displayName) =>
            setView({
              kind: 'recovery',
              recoveryCode,
              displayName,
              askForPartner: false,
              note: `${isolated(displayName)}'s journal is the one open now. ${isolated(view.firstName)}'s is locked until ${isolated(view.firstName)} unlocks it.`
            })
          }
          onCancel={() => setView({ kind: 'add-partner', firstName: view.firstName })}
        />
      )
    case 'home':
      return (
        <JournalShell
          profile={view.profile}
          partner={view.partner}
          damagedItems={view.damagedItems}
          onLock={() => void lock()}
          onOpenVault={(start, itemId) => setView(start ? { kind: 'vault', start, ...(itemId ? { itemId } : {}) } : { kind: 'vault' })}
          onProfileChanged={() => void refresh()}
          initialRoute={view.route}
        />
      )
    case 'lock':
      return (
        <LockScreen
          status={view.status}
          onUnlocked={() => void refresh()}
          onRecovered={(profile, recoveryCode) =>
            setView({
              kind: 'recovery',
              recoveryCode,
              displayName: profile.displayName,
              askForPartner: false,
              replacing: true,
              note: 'It takes the place of the code you used, which no longer opens anything. Your journal is open, with your new passphrase.'
            })
          }
          onAddPartner={() => setView({ kind: 'setup', partnerName: view.status.profiles[0]?.displayName ?? null })}
          onOpenVault={() => setView({ kind: 'vault' })}
          onRestore={() => setView({ kind: 'restore' })}
        />
      )
    case 'restore':
      return <RestoreScreen onBack={() => void refresh()} />
    case 'damaged':
      return <DamagedScreen message={view.message} />
    case 'vault':
      // Leaving goes back to the journal if one is still open, else to the lock screen.
      return (
        <Suspense fallback={<main className="screen screen--centred" aria-busy="true" />}>
          <VaultView onLeave={() => void refresh()} start={view.start} itemId={view.itemId} onJournal={(route) => void refresh(route)} />
        </Suspense>
      )
  }
}
