// The locked vault: open it together, or, when only one of you is here, drop a sealed
// secret into it. "Forgot?" leads to opening it with both halves of the recovery code.

import { useId, useState } from 'react'
import type { VaultStatus } from '../../../../../shared/contract.ts'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { OpenTogether } from './open-together.tsx'
import { bothNames } from '../partners.ts'
import { SealedDropIn } from '../drop-in/sealed-drop-in.tsx'
import { HalvesInTurn, useHalves } from './halves-in-turn.tsx'
import { VaultRecoverForm } from './vault-recover-form.tsx'
import { SealedIdeaForm } from '../time/sealed-idea-form.tsx'

interface Props {
  status: VaultStatus
  /** A calm line about what just happened (it locked itself, a secret was sealed). */
  note: string | null
  onNote: (note: string | null) => void
  onStatus: (status: VaultStatus) => void
  /** The open journal's partner, if one is open: the likely writer of a sealed secret. */
  journalProfileId: string | null
  /** New halves are on screen: there must be no way away until both are kept. */
  onKeepingHalves?: (keeping: boolean) => void
}

export function LockedHub({ status, note, onNote, onStatus, journalProfileId, onKeepingHalves }: Props) {
  const [mode, setMode] = useState<'hub' | 'drop' | 'idea' | 'recover' | 'halves'>('hub')
  // After a recovery: the vault is open, and its new halves are shown before it is.
  const [opened, setOpened] = useState<VaultStatus | null>(null)
  const halves = useHalves(() => {
    onKeepingHalves?.(false)
    if (opened) onStatus(opened)
  })

  if (mode === 'drop') {
    // It says "sealed" itself before onDone.
    return (
      <div className="vault-drop">
        <SealedDropIn
          partners={status.partners}
          defaultAuthorId={journalProfileId ?? undefined}
          journalProfileId={journalProfileId}
          onDone={() => setMode('hub')}
          onCancel={() => setMode('hub')}
        />
      </div>
    )
  }
  if (mode === 'idea') {
    return (
      <div className="vault-drop">
        <SealedIdeaForm
          partners={status.partners}
          journalProfileId={journalProfileId}
          headingLevel={1}
          onDone={(sealed) => {
            onNote(sealed ? 'Your idea is sealed in the vault. It will be on your list of ideas, marked new, when you next open the vault together.' : null)
            setMode('hub')
          }}
        />
      </div>
    )
  }
  if (mode === 'recover') {
    return (
      <VaultRecoverForm
        partners={status.partners}
        onRecovered={(result) => {
          setOpened(result.status)
          halves.show(result.recoveryHalves)
          onKeepingHalves?.(true)
          setMode('halves')
        }}
        onBack={() => setMode('hub')}
      />
    )
  }
  if (mode === 'halves' && halves.halves) return <HalvesInTurn partners={status.partners} halves={halves.halves} replacing onKept={halves.kept} />
  return (
    <Hub
      status={status}
      note={note}
      onNote={onNote}
      onStatus={onStatus}
      onDrop={() => setMode('drop')}
      onIdea={() => setMode('idea')}
      onRecover={() => setMode('recover')}
    />
  )
}

interface HubProps extends Omit<Props, 'journalProfileId'> {
  onDrop: () => void
  onIdea: () => void
  onRecover: () => void
}

function Hub({ status, note, onNote, onStatus, onDrop, onIdea, onRecover }: HubProps) {
  const ids = useId()
  // The heading, not a field: neither partner is presumed to go first.
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  return (
    <section className="panel vault-panel vault-hub" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-lead`}>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        Your vault is locked
      </h1>
      <p id={`${ids}-lead`} className="lead">
        It opens only when {bothNames(status.partners)} are both here, each with their own part of its passphrase.
      </p>
      <p className="vault-note" role="status">
        {note}
      </p>
      <OpenTogether
        status={status}
        onStatus={(next) => {
          onNote(null)
          onStatus(next)
        }}
      />
      <section className="vault-hub__alone" aria-labelledby={`${ids}-alone`}>
        <h2 id={`${ids}-alone`}>Only one of you here?</h2>
        <p>
          You can leave a secret in the vault now, or an idea for something to do together. It is sealed at once, and you can read it only when you open the
          vault together.
        </p>
        <div className="actions">
          <button type="button" onClick={onDrop}>
            Drop a sealed secret
          </button>
          <button type="button" onClick={onIdea}>
            Drop in an idea for time together
          </button>
        </div>
      </section>
      <button type="button" className="link-button" onClick={onRecover}>
        Forgot? Use both halves of the recovery code
      </button>
    </section>
  )
}
