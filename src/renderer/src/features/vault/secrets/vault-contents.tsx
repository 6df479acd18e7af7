// What the open vault holds, in the order of the moment: what is new since last time (sealed
// envelopes, opened together; thank-you notes first among them), then the answers revealed,
// then the secrets already read.
// A shared reflection arrives as an envelope like any drop-in; replies and marks are under each
// page of the reading view and each revealed answer (responses.tsx).

import { useCallback, useEffect, useId, useState } from 'react'
import type { VaultSecretHeader, VaultStatus } from '../../../../../shared/contract.ts'
import { api, problemOf } from '../../../api.ts'
import { damagedText } from '../../../ui/damaged-text.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import { VaultPrintConfirm } from '../../print/index.ts'
import { RevealBoard } from '../questions/reveal-board.tsx'
import { NewEnvelopes } from './new-envelopes.tsx'
import { NeedsSideBySide } from '../needs/needs-side-by-side.tsx'
import { SecretList } from './secret-list.tsx'
import { thanksFirst } from '../thanks/thanks-card.tsx'
import { TimeTogetherCard } from '../time/time-together-card.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

type Listing = { state: 'loading' } | { state: 'ready'; secrets: VaultSecretHeader[] } | { state: 'failed'; message: string }

interface Props {
  status: VaultStatus
  onWrite: (secretId?: string) => void
  onRead: (secrets: VaultSecretHeader[], start: number) => void
  /** Once the question about printing was answered yes. */
  onPrint: () => void
  /** Time together's page. */
  onTime: () => void
  onLocked: () => void
}

export function VaultContents({ status, onWrite, onRead, onPrint, onTime, onLocked }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  const [deleting, setDeleting] = useState<{ secret: VaultSecretHeader; busy: boolean } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [askingPrint, setAskingPrint] = useState(false)

  const load = useCallback(async () => {
    try {
      setListing({ state: 'ready', secrets: await api.vaultSecrets.list() })
    } catch (error) {
      const { code, message } = problemOf(error)
      if (code === 'LOCKED') onLocked()
      else setListing({ state: 'failed', message })
    }
  }, [onLocked])

  useEffect(() => {
    void load()
  }, [load])

  const confirmDelete = async (secret: VaultSecretHeader) => {
    setDeleting({ secret, busy: true })
    try {
      await api.vaultSecrets.delete({ id: secret.id })
      setDeleting(null)
      setProblem(null)
      await load()
      headingRef.current?.focus()
    } catch (error) {
      setDeleting(null)
      const { code, message } = problemOf(error)
      if (code === 'LOCKED') onLocked()
      else setProblem(message)
    }
  }

  const all = listing.state === 'ready' ? listing.secrets : []
  // The unopened ones are kept apart, and only their author and day are ever rendered.
  const envelopes = thanksFirst(all.filter((s) => s.isNew))
  const opened = all.filter((s) => !s.isNew)
  return (
    <div className="vault-inside__list">
      <h1 ref={headingRef} tabIndex={-1}>
        Your vault is open
      </h1>
      <p className="lead">Only the two of you, together, can see what is here. Close the vault when you are done, and it is sealed again.</p>
      <div className="actions">
        <button type="button" className={envelopes.length > 0 ? undefined : 'primary'} onClick={() => onWrite()}>
          Write a secret
        </button>
        {opened.length > 0 && (
          <button type="button" onClick={() => onRead(opened, 0)}>
            Read them together
          </button>
        )}
        {all.length > 0 && (
          <button type="button" onClick={() => setAskingPrint(true)}>
            Print our secrets…
          </button>
        )}
      </div>
      {status.damagedItems > 0 && <ErrorMessage message={damagedText(status.damagedItems, 'in the vault')} />}
      {envelopes.length > 0 && (
        <NewEnvelopes envelopes={envelopes} partners={status.partners} headingId={`${ids}-new`} onOpen={(index) => onRead(envelopes, index)} />
      )}
      <NeedsSideBySide partners={status.partners} onLocked={onLocked} />
      <RevealBoard partners={status.partners} onLocked={onLocked} />
      <TimeTogetherCard partners={status.partners} onOpen={onTime} onLocked={onLocked} />
      <section className="vault-section" aria-labelledby={`${ids}-secrets`} aria-busy={listing.state === 'loading'}>
        <h2 id={`${ids}-secrets`}>Secrets</h2>
        {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
        <ErrorMessage message={problem} />
        {listing.state === 'ready' && all.length === 0 && (
          <p className="vault-empty">Nothing here yet. Write the first secret together, or drop one in sealed whenever the vault is locked.</p>
        )}
        {listing.state === 'ready' && all.length > 0 && opened.length === 0 && (
          <p className="vault-empty">Once you have opened what is new, it stays here to read again.</p>
        )}
        {opened.length > 0 && (
          <SecretList
            secrets={opened}
            partners={status.partners}
            labelledBy={`${ids}-secrets`}
            onRead={(index) => onRead(opened, index)}
            onEdit={(secret) => onWrite(secret.id)}
            onDelete={(secret) => setDeleting({ secret, busy: false })}
          />
        )}
      </section>
      {askingPrint && <VaultPrintConfirm onConfirm={onPrint} onCancel={() => setAskingPrint(false)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete this secret?"
          text={`${deleting.secret.title.trim() ? `“${isolated(deleting.secret.title.trim())}”` : 'This secret'} will be gone from the vault for both of you. This cannot be undone.`}
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          busy={deleting.busy}
          onConfirm={() => void confirmDelete(deleting.secret)}
          onCancel={() => setDeleting(null)}
        />
      )}
    </div>
  )
}
