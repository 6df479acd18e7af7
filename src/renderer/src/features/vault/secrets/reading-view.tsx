// Reading the vault together: one secret at a time in large type, for two people at one
// screen. ← and → (or the buttons) move between secrets; Escape or Close goes back to the list,
// with the vault still open (locking is the list's own button). Only the secret on screen is
// held; opening it marks it as read.

import './reading-view.css'
import { useCallback, useEffect, useId, useState } from 'react'
import type { VaultPartner, VaultSecretHeader } from '../../../../../shared/contract.ts'
import { api } from '../../../api.ts'
import { formatDay } from '../../../ui/dates.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { nameOf } from './open-vault-names.ts'
import { LazySecretBodyReader } from './secret-editor-lazy.tsx'
import { useVaultLoad } from '../use-vault-load.ts'
import { ResponsesPanel } from './responses.tsx'
import { SharedFrom } from './shared-from.tsx'
import '../thanks/thanks.css'
import { isThanks, thanksColour, thanksLine } from '../thanks/thanks-card.tsx'

interface Props {
  /** As listed when the reading view opened, so "New" still shows on what was new then. */
  secrets: readonly VaultSecretHeader[]
  partners: readonly VaultPartner[]
  startIndex: number
  /** Back to the list, the vault still open. */
  onClose: () => void
  /** The vault locked itself meanwhile. */
  onLocked: () => void
}

function isPlainKey(event: KeyboardEvent): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey
}

export function ReadingView({ secrets, partners, startIndex, onClose, onLocked }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [index, setIndex] = useState(startIndex)
  const header = secrets[index]!
  const count = secrets.length
  const page = useVaultLoad(() => api.vaultSecrets.get({ id: header.id }), header.id, onLocked)

  const move = useCallback((step: number) => setIndex((i) => Math.min(Math.max(i + step, 0), count - 1)), [count])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isPlainKey(event)) return
      // Arrows in a reply being written move its caret, not the page.
      if (event.target instanceof HTMLElement && event.target.closest('textarea, input')) return
      const action = { ArrowLeft: () => move(-1), ArrowRight: () => move(1), Escape: onClose }[event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [move, onClose])

  // A thank-you note is read as a card, named by who it is for and from.
  const thanks = isThanks(header)
  const title = thanks ? thanksLine(header, partners) : header.title.trim()
  const first = index === 0
  const last = index === count - 1
  return (
    <section className="reading" aria-labelledby={`${ids}-title`}>
      <div className="reading__bar">
        <button type="button" className="quiet" onClick={onClose} aria-keyshortcuts="Escape">
          Close
        </button>
        <p className="reading__position" role="status">
          {index + 1} of {count}
        </p>
      </div>
      <article
        className={thanks ? 'reading__page reading__card' : 'reading__page'}
        style={thanks ? thanksColour : undefined}
        aria-busy={page.state === 'loading'}
      >
        {/* A title is its writer's words; "For Ben, from Ana" is ours, the names isolated in it. */}
        <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1} className={title ? undefined : 'reading__untitled'} dir={title && !thanks ? 'auto' : undefined}>
          {title || 'Untitled'}
        </h1>
        <p className="reading__meta">
          {thanks ? 'A thank-you note' : <bdi>{nameOf(partners, header.authorId)}</bdi>} · {formatDay(header.date)}
          {header.isNew && <span className="vault-badge">New</span>}
        </p>
        {header.sharedFrom && <SharedFrom sharedFrom={header.sharedFrom} kind={header.kind} author={nameOf(partners, header.authorId)} />}
        {page.state === 'ready' && <LazySecretBodyReader key={page.value.id} body={page.value.body} />}
        {page.state === 'failed' && <ErrorMessage message={page.message} />}
        {page.state === 'ready' && (
          <ResponsesPanel
            key={`responses-${page.value.id}`}
            on={{ kind: 'secret', id: page.value.id }}
            initial={page.value.responses}
            partners={partners}
            onLocked={onLocked}
            what={thanks ? 'this note' : header.sharedFrom ? 'this reflection' : 'this secret'}
            level={2}
          />
        )}
      </article>
      <nav className="reading__nav" aria-label="Move between secrets">
        <button type="button" aria-disabled={first ? true : undefined} aria-keyshortcuts="ArrowLeft" onClick={() => !first && move(-1)}>
          ← Previous
        </button>
        <p className="reading__keys">
          <kbd>←</kbd> <kbd>→</kbd> to move between secrets · <kbd>Esc</kbd> back to the list
        </p>
        <button type="button" aria-disabled={last ? true : undefined} aria-keyshortcuts="ArrowRight" onClick={() => !last && move(1)}>
          Next →
        </button>
      </nav>
    </section>
  )
}
