// Inside the open vault: the secrets, writing one, reading them together, printing them (after
// asking: paper is not protected), the revealed answers and the vault's settings. Decrypted secrets live only in these screens' state,
// and go when the vault closes and this unmounts.

import './inside.css'
import { useCallback, useEffect, useId, useState, type CSSProperties } from 'react'
import type { VaultSecretHeader, VaultStatus } from '../../../../../shared/contract.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { api, problemOf } from '../../../api.ts'
import { damagedText } from '../../../ui/damaged-text.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { ThemeIcon } from '../../../ui/theme-icon.tsx'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import { PrintScreen } from '../../print/index.ts'
import { VaultPrintConfirm } from '../../print/index.ts'
import { ReadingView } from './reading-view.tsx'
import { RevealBoard } from '../questions/reveal-board.tsx'
import { SecretList } from './secret-list.tsx'
import { SecretWriter } from './secret-writer.tsx'
import { VaultSettings } from '../settings/vault-settings.tsx'

interface Props {
  status: VaultStatus
  onClosed: () => void
  onStatus: (status: VaultStatus) => void
}

// The vault belongs to the trust theme and wears its colour.
const ACCENT = { '--theme-colour': themeById('trust').colour } as CSSProperties

type Mode =
  | { kind: 'list' }
  | { kind: 'write'; secretId?: string }
  /** The secrets as listed when reading began: the order stays put while reading marks them read. */
  | { kind: 'read'; secrets: VaultSecretHeader[]; start: number }
  /** Only after both said yes to printing what is not protected on paper. */
  | { kind: 'print' }

export function OpenVault({ status, onClosed, onStatus }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: 'list' })
  const [closing, setClosing] = useState(false)

  const closeVault = useCallback(async () => {
    setClosing(true)
    try {
      await api.vault.lock()
    } finally {
      onClosed()
    }
  }, [onClosed])

  // It locked itself (idle, or a journal locked): nothing in here can be read any more.
  const locked = useCallback(() => onClosed(), [onClosed])
  const toList = useCallback(() => setMode({ kind: 'list' }), [])

  return (
    <div className="screen vault-inside" style={ACCENT}>
      <header className="topbar">
        <span className="brand vault-brand">
          <ThemeIcon icon="key" size={20} className="vault-brand__icon" />
          Our vault
        </span>
        {mode.kind !== 'read' && (
          <button type="button" onClick={() => void closeVault()} disabled={closing}>
            Close the vault
          </button>
        )}
      </header>
      <main className="vault-inside__main">
        {mode.kind === 'list' && (
          <Secrets
            status={status}
            onStatus={onStatus}
            onWrite={(secretId) => setMode(secretId === undefined ? { kind: 'write' } : { kind: 'write', secretId })}
            onRead={(secrets, start) => setMode({ kind: 'read', secrets, start })}
            onPrint={() => setMode({ kind: 'print' })}
            onLocked={locked}
          />
        )}
        {mode.kind === 'print' && <PrintScreen place="vault" backLabel="Back to the secrets" onBack={toList} onLocked={locked} />}
        {mode.kind === 'write' && <SecretWriter partners={status.partners} secretId={mode.secretId} onDone={toList} onLocked={locked} />}
        {mode.kind === 'read' && (
          <ReadingView
            secrets={mode.secrets}
            partners={status.partners}
            startIndex={mode.start}
            onClose={toList}
            onLock={() => void closeVault()}
            onLocked={locked}
          />
        )}
      </main>
    </div>
  )
}

type Listing = { state: 'loading' } | { state: 'ready'; secrets: VaultSecretHeader[] } | { state: 'failed'; message: string }

interface SecretsProps {
  status: VaultStatus
  onStatus: (status: VaultStatus) => void
  onWrite: (secretId?: string) => void
  onRead: (secrets: VaultSecretHeader[], start: number) => void
  /** Once the question about printing was answered yes. */
  onPrint: () => void
  onLocked: () => void
}

function Secrets({ status, onStatus, onWrite, onRead, onPrint, onLocked }: SecretsProps) {
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

  const secrets = listing.state === 'ready' ? listing.secrets : []
  return (
    <div className="vault-inside__list">
      <h1 ref={headingRef} tabIndex={-1}>
        Your vault is open
      </h1>
      <p className="lead">Only the two of you, together, can see what is here. Close the vault when you are done, and it is sealed again.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onWrite()}>
          Write a secret
        </button>
        {secrets.length > 0 && (
          <button type="button" onClick={() => onRead(secrets, 0)}>
            Read them together
          </button>
        )}
        {secrets.length > 0 && (
          <button type="button" onClick={() => setAskingPrint(true)}>
            Print our secrets…
          </button>
        )}
      </div>
      {status.damagedItems > 0 && <ErrorMessage message={damagedText(status.damagedItems, 'in the vault')} />}
      <section className="vault-section" aria-labelledby={`${ids}-secrets`} aria-busy={listing.state === 'loading'}>
        <h2 id={`${ids}-secrets`}>Secrets</h2>
        {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
        <ErrorMessage message={problem} />
        {listing.state === 'ready' && secrets.length === 0 && (
          <p className="vault-empty">Nothing here yet. Write the first secret together, or drop one in sealed whenever the vault is locked.</p>
        )}
        {secrets.length > 0 && (
          <SecretList
            secrets={secrets}
            partners={status.partners}
            labelledBy={`${ids}-secrets`}
            onRead={(index) => onRead(secrets, index)}
            onEdit={(secret) => onWrite(secret.id)}
            onDelete={(secret) => setDeleting({ secret, busy: false })}
          />
        )}
      </section>
      <RevealBoard partners={status.partners} onLocked={onLocked} />
      <div className="vault-inside__settings">
        <VaultSettings status={status} onStatus={onStatus} />
      </div>
      {askingPrint && <VaultPrintConfirm onConfirm={onPrint} onCancel={() => setAskingPrint(false)} />}
      {deleting && (
        <ConfirmDialog
          title="Delete this secret?"
          text={`${deleting.secret.title.trim() ? `“${deleting.secret.title.trim()}”` : 'This secret'} will be gone from the vault for both of you. This cannot be undone.`}
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
