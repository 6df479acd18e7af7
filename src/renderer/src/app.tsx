// Which screen is showing. Decrypted data lives only inside the screens that show it
// (home loads its own summary), so leaving a screen drops it from React state.

import { useCallback, useEffect, useState } from 'react'
import type { AppStatus, ProfileSummary } from '../../shared/contract.ts'
import { api, problemOf } from './api.ts'
import { JournalShell } from './features/journal/journal-shell.tsx'
import { LockScreen } from './features/lock/lock-screen.tsx'
import { RecoveryScreen } from './features/lock/recovery-screen.tsx'
import { SetupScreen } from './features/lock/setup-screen.tsx'
import { ErrorMessage } from './ui/error-message.tsx'

type View =
  | { kind: 'starting' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup'; status: AppStatus }
  | { kind: 'recovery'; recoveryCode: string }
  | { kind: 'home'; profile: ProfileSummary }
  | { kind: 'lock'; status: AppStatus }

function viewFor(status: AppStatus): View {
  if (status.profiles.length === 0) return { kind: 'setup', status }
  const open = status.profiles.find((p) => p.id === status.unlockedProfileId)
  return open ? { kind: 'home', profile: open } : { kind: 'lock', status }
}

export function App() {
  const [view, setView] = useState<View>({ kind: 'starting' })

  const refresh = useCallback(async () => {
    try {
      setView(viewFor(await api.app.status()))
    } catch (error) {
      setView({ kind: 'failed', message: problemOf(error).message })
    }
  }, [])

  useEffect(() => {
    void refresh()
  }, [refresh])

  const lock = useCallback(async () => {
    // Unmount the journal's screens first, so nothing decrypted outlives the click.
    setView({ kind: 'starting' })
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
    case 'setup':
      return (
        <SetupScreen
          addingPartner={view.status.profiles.length > 0}
          onCreated={(recoveryCode) => setView({ kind: 'recovery', recoveryCode })}
          onCancel={() => void refresh()}
        />
      )
    case 'recovery':
      return <RecoveryScreen recoveryCode={view.recoveryCode} onDone={() => void refresh()} />
    case 'home':
      return <JournalShell profile={view.profile} onLock={() => void lock()} />
    case 'lock':
      return (
        <LockScreen
          status={view.status}
          onUnlocked={() => void refresh()}
          onAddPartner={() => setView({ kind: 'setup', status: view.status })}
        />
      )
  }
}
