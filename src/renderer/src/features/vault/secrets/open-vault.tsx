// Inside the open vault: what it holds (vault-contents.tsx), writing a secret, reading them
// together, printing them (after asking: paper is not protected), and the vault's settings and
// time together (time/) on pages of their own. Decrypted secrets live only in these screens' state, and go when the vault
// closes and this unmounts.

import './inside.css'
import { useCallback, useState, type CSSProperties } from 'react'
import type { VaultPartner, VaultSecretHeader, VaultStatus } from '../../../../../shared/contract.ts'
import type { TogetherTime } from '../../../../../shared/time-together.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { api } from '../../../api.ts'
import { ThemeIcon } from '../../../ui/theme-icon.tsx'
import { PrintScreen } from '../../print/index.ts'
import { ReadingView } from './reading-view.tsx'
import { SecretWriter } from './secret-writer.tsx'
import { VaultSettings } from '../settings/vault-settings.tsx'
import { VaultContents } from './vault-contents.tsx'
import { TimeTogetherPage } from '../time/time-together-page.tsx'

interface Props {
  status: VaultStatus
  onClosed: () => void
  /** The two of them ended the vault: it is gone. */
  onEnded: () => void
  onStatus: (status: VaultStatus) => void
  /** Time together's page first (from the quality-time theme), rather than what the vault holds. */
  start?: 'time' | undefined
  /** The idea or time together to show on that page, the first time it opens (found by a search). */
  itemId?: string | undefined
  /** The partner whose journal is open behind the vault, if any. */
  writer?: VaultPartner | null
  /** "Write about it" on a time logged: the writer's journal takes it from here. */
  onWriteAbout?: (time: TogetherTime) => void
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
  /** How soon it locks itself, and the joint passphrase: away from what is inside. */
  | { kind: 'settings' }
  /** Ideas for time together, this week's plan and what they did (issue 17, item 4). */
  | { kind: 'time' }

export function OpenVault({ status, onClosed, onEnded, onStatus, start, itemId, writer = null, onWriteAbout = () => undefined }: Props) {
  const [mode, setMode] = useState<Mode>({ kind: start ?? 'list' })
  // Shown once: back in the vault and on the page again, it opens at its top.
  const [shownItem, setShownItem] = useState(itemId)
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
  const toList = useCallback(() => {
    setShownItem(undefined)
    setMode({ kind: 'list' })
  }, [])

  return (
    <div className="screen vault-inside" style={ACCENT}>
      <header className="topbar">
        <span className="brand vault-brand">
          <ThemeIcon icon="key" size={20} className="vault-brand__icon" />
          Our vault
        </span>
        {mode.kind !== 'read' && (
          <span className="topbar__actions">
            {mode.kind === 'list' && (
              <button type="button" className="quiet" onClick={() => setMode({ kind: 'settings' })}>
                Vault settings
              </button>
            )}
            <button type="button" onClick={() => void closeVault()} disabled={closing}>
              Close the vault
            </button>
          </span>
        )}
      </header>
      <main className="vault-inside__main">
        {mode.kind === 'list' && (
          <VaultContents
            status={status}
            onWrite={(secretId) => setMode(secretId === undefined ? { kind: 'write' } : { kind: 'write', secretId })}
            onRead={(secrets, start) => setMode({ kind: 'read', secrets, start })}
            onPrint={() => setMode({ kind: 'print' })}
            onTime={() => setMode({ kind: 'time' })}
            onLocked={locked}
          />
        )}
        {mode.kind === 'time' && (
          <TimeTogetherPage partners={status.partners} writer={writer} itemId={shownItem} onBack={toList} onLocked={locked} onWriteAbout={onWriteAbout} />
        )}
        {mode.kind === 'settings' && <VaultSettings status={status} onStatus={onStatus} onBack={toList} onEnded={onEnded} />}
        {mode.kind === 'print' && <PrintScreen place="vault" backLabel="Back to the secrets" onBack={toList} onLocked={locked} />}
        {mode.kind === 'write' && <SecretWriter partners={status.partners} secretId={mode.secretId} onDone={toList} onLocked={locked} />}
        {mode.kind === 'read' && <ReadingView secrets={mode.secrets} partners={status.partners} startIndex={mode.start} onClose={toList} onLocked={locked} />}
      </main>
    </div>
  )
}
