// The lock screen: one card per partner, each opening only its own journal, and a sentence when
// something waits in the vault for the two of them (seen from what the file shows while locked:
// never what, nor from whom). It loads nothing of the vault's screens.

import '../../ui/partner-cards.css'
import { useId } from 'react'
import type { AppStatus, ProfileSummary } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useLoad } from '../../ui/use-load.ts'
import { EndRequestNotice } from '../../ui/end-request-notice.tsx'
import { PartnerCard } from './partner-card.tsx'

interface Props {
  status: AppStatus
  onUnlocked: () => void
  /** A journal was opened with its recovery code: its new code, to show once. */
  onRecovered: (profile: ProfileSummary, recoveryCode: string) => void
  onAddPartner: () => void
  onOpenVault: () => void
  onRestore: () => void
}

export function LockScreen({ status, onUnlocked, onRecovered, onAddPartner, onOpenVault, onRestore }: Props) {
  const ids = useId()
  const alone = status.profiles.length === 1
  // With one journal, its passphrase field takes focus; with two, the heading does, so neither partner is presumed.
  const headingRef = useFocusOnMount<HTMLHeadingElement>(!alone)
  const vault = useLoad(() => api.vault.status(), 'vault').loaded
  const waiting = vault.state === 'ready' && (vault.value.waitingForBoth.sealed || vault.value.waitingForBoth.answered)

  return (
    <main className="screen screen--centred">
      <section className="lock" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
          Welcome back
        </h1>
        <p className="lead">Sevenfold is locked. Each journal opens with its own passphrase.</p>
        {waiting && <p className="lock__waiting">Something is waiting for you both in your vault.</p>}
        <EndRequestNotice />
        <ul className="partners">
          {status.profiles.map((profile) => (
            <PartnerCard key={profile.id} profile={profile} autoFocus={alone} onUnlocked={onUnlocked} onRecovered={(code) => onRecovered(profile, code)} />
          ))}
        </ul>
        {/* The vault needs both partners' journals, so it is offered once there are two. */}
        <div className="actions actions--centred">
          {status.profiles.length < status.maxProfiles ? (
            <button type="button" onClick={onAddPartner}>
              Add your partner's journal
            </button>
          ) : (
            <button type="button" onClick={onOpenVault}>
              Open our vault together
            </button>
          )}
        </div>
        {/* Quiet, under everything: for a new computer, or when no passphrase of today opens a journal. */}
        <button type="button" className="link-button restore-link" onClick={onRestore}>
          Restore from a backup…
        </button>
      </section>
    </main>
  )
}
