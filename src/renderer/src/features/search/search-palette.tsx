// The search palette: a modal dialog with a search field and its results as a listbox. Focus
// stays in the field; Up/Down/Home/End move the active result, Enter opens it, Escape closes
// (and the shell returns focus where it was).

import './search.css'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { useLoad } from '../../ui/use-load.ts'
import { NO_FILTERS, SearchFilterFields, type SearchFilters } from './search-filters.tsx'
import { useSearch } from './use-search.ts'
import { SearchHitOption } from './search-hit.tsx'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  onClose: () => void
  /** A reflection, a secret, an idea or a time together was chosen; the palette is closed by the caller. */
  onOpen: (hit: SearchHit) => void
}

const FOCUSABLE = 'input, button, select, [tabindex]:not([tabindex="-1"])'

export function SearchPalette({ onClose, onOpen }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  // The vault's secrets and time together are offered only while the vault is open together.
  const vault = useLoad(() => api.vault.status(), 'vault').loaded
  const vaultOpen = vault.state === 'ready' && vault.value.open
  const [includeVault, setIncludeVault] = useState(false)
  const [active, setActive] = useState(0)
  const [filters, setFilters] = useState<SearchFilters>(NO_FILTERS)
  const answer = useSearch(text, vaultOpen && includeVault, filters)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (!dialog.open) dialog.showModal()
    fieldRef.current?.focus()
    return () => dialog.close()
  }, [])

  const result = answer.state === 'done' ? answer.result : answer.state === 'searching' ? answer.last : null
  const hits = result?.hits ?? []
  const current = Math.min(active, Math.max(hits.length - 1, 0))
  // A new answer starts at the best result.
  useEffect(() => setActive(0), [result])

  const optionId = (index: number) => `${id}-hit-${index}`

  const onFieldKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = hits.length - 1
    const moves: Record<string, number> = { ArrowDown: Math.min(current + 1, last), ArrowUp: Math.max(current - 1, 0), Home: 0, End: last }
    if (event.key in moves && hits.length > 0) {
      event.preventDefault()
      setActive(moves[event.key]!)
      document.getElementById(optionId(moves[event.key]!))?.scrollIntoView({ block: 'nearest' })
    } else if (event.key === 'Enter' && hits[current]) {
      event.preventDefault()
      onOpen(hits[current])
    } else if (event.key === 'Escape') {
      // A search field's own Escape would only empty it first; here Escape always closes, as it says below.
      event.preventDefault()
      onClose()
    }
  }

  // Tab goes round the dialog's own controls only.
  const onDialogKey = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialogRef.current) return
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)]
    const at = focusable.indexOf(document.activeElement as HTMLElement)
    event.preventDefault()
    focusable[(at + (event.shiftKey ? -1 : 1) + focusable.length) % focusable.length]?.focus()
  }

  return (
    <dialog
      ref={dialogRef}
      className="search-palette"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      onKeyDown={onDialogKey}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`} className="search-palette__title">
        Search your reflections
      </h2>
      <label htmlFor={`${id}-field`} className="search-palette__label">
        Words to find
      </label>
      <input
        ref={fieldRef}
        id={`${id}-field`}
        dir="auto"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-hits`}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onFieldKey}
      />
      <SearchFilterFields filters={filters} onChange={setFilters} />
      {vaultOpen && (
        <label className="search-palette__vault">
          <input type="checkbox" checked={includeVault} onChange={(event) => setIncludeVault(event.target.checked)} />
          Include our vault&apos;s secrets and time together
        </label>
      )}
      <p className="search-palette__status" role="status">
        {statusLine(answer, hits.length, filters !== NO_FILTERS, vaultOpen && includeVault)}
      </p>
      <ul id={`${id}-hits`} role="listbox" aria-label="Results" className="search-palette__hits">
        {hits.map((hit, index) => (
          <SearchHitOption
            key={`${hit.kind}-${hit.id}`}
            id={optionId(index)}
            hit={hit}
            active={index === current}
            onChoose={() => onOpen(hit)}
            onPoint={() => setActive(index)}
          />
        ))}
      </ul>
      <p className="search-palette__keys">Up and down to move, Enter to open, Escape to close.</p>
    </dialog>
  )
}

/** `withVault`: the vault was searched too, so what is found is not only reflections. */
function statusLine(answer: ReturnType<typeof useSearch>, shown: number, filtered: boolean, withVault: boolean): string {
  if (answer.state === 'failed') return answer.message
  if (answer.state !== 'done') return ''
  const { total } = answer.result
  if (total === 0) {
    if (filtered) return `Nothing matches “${isolated(answer.text)}” with these filters.`
    return withVault ? `Nothing in your reflections or your vault matches “${isolated(answer.text)}”.` : `No reflections match “${isolated(answer.text)}”.`
  }
  if (total > shown) return `Showing ${shown} of ${total.toLocaleString()}`
  if (withVault) return `${total.toLocaleString()} found`
  return total === 1 ? '1 reflection' : `${total.toLocaleString()} reflections`
}
