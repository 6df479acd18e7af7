// "Reflections I choose": the open journal's reflections as a checklist, newest first, with a
// search above it. Tab reaches the search and the list; inside the list the arrow keys, Home and
// End move between the boxes and Space ticks one. A long journal shows the first matches only.

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { themeById } from '../../../../shared/themes.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { formatDayWithWeekday } from '../../ui/dates.ts'

const SHOWN_AT_MOST = 300

interface Props {
  /** null while they load. */
  reflections: readonly ReflectionHeader[] | null
  failure: string | null
  chosen: ReadonlySet<string>
  onChange: (next: ReadonlySet<string>) => void
}

function searchText(r: ReflectionHeader): string {
  return [r.title, r.excerpt, themeById(r.themeId).title, formatDayWithWeekday(r.date), r.date].join('\n').toLocaleLowerCase()
}

function chosenText(n: number): string {
  return n === 1 ? '1 reflection ticked' : `${n.toLocaleString()} reflections ticked`
}

export function ReflectionChecklist({ reflections, failure, chosen, onChange }: Props) {
  const ids = useId()
  const listRef = useRef<HTMLUListElement>(null)
  const [query, setQuery] = useState('')

  const sorted = useMemo(
    () =>
      (reflections ?? [])
        .map((r) => ({ r, text: searchText(r) }))
        .sort((a, b) => b.r.date.localeCompare(a.r.date) || b.r.createdAt.localeCompare(a.r.createdAt)),
    [reflections]
  )
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  const matches = words.length === 0 ? sorted : sorted.filter(({ text }) => words.every((w) => text.includes(w)))
  const shown = matches.slice(0, SHOWN_AT_MOST).map(({ r }) => r)

  const boxes = () => [...(listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])]
  const focusBox = (index: number) => boxes()[index]?.focus()

  const onListKey = (event: KeyboardEvent) => {
    const all = boxes()
    const index = all.indexOf(document.activeElement as HTMLInputElement)
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 }[event.key]
    if (target === undefined) return
    event.preventDefault()
    if (target < 0) document.getElementById(`${ids}-search`)?.focus()
    else focusBox(Math.min(target, all.length - 1))
  }

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen)
    if (on) next.add(id)
    else next.delete(id)
    onChange(next)
  }
  const tickShown = () => onChange(new Set([...chosen, ...shown.map((r) => r.id)]))

  if (failure) return <ErrorMessage message={failure} />
  if (reflections === null)
    return (
      <p className="checklist__note" aria-busy="true">
        Gathering your reflections…
      </p>
    )
  if (reflections.length === 0) return <p className="checklist__note">Your journal has no reflections yet, so there is nothing to choose from.</p>

  return (
    <div className="checklist">
      <label htmlFor={`${ids}-search`}>Find reflections</label>
      <input
        id={`${ids}-search`}
        dir="auto"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return
          e.preventDefault()
          focusBox(0)
        }}
        aria-describedby={`${ids}-hint`}
        autoComplete="off"
      />
      <p id={`${ids}-hint`} className="checklist__hint">
        By title, words in it, theme or day. In the list, the arrow keys move and Space ticks.
      </p>
      <div className="checklist__bar">
        <p className="checklist__count" role="status">
          {chosenText(chosen.size)}
          {matches.length > shown.length && `. Showing the first ${shown.length} of ${matches.length.toLocaleString()} found; type to narrow them down.`}
        </p>
        <button type="button" className="quiet" onClick={tickShown} disabled={shown.length === 0}>
          Tick all shown
        </button>
        <button type="button" className="quiet" onClick={() => onChange(new Set())} disabled={chosen.size === 0}>
          Untick all
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="checklist__note">
          No reflection matches “<bdi>{query.trim()}</bdi>”.
        </p>
      ) : (
        <ul ref={listRef} className="checklist__list" aria-label="Reflections to print" onKeyDown={onListKey}>
          {shown.map((r) => (
            <li key={r.id}>
              <label className="checklist__item">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} />
                <span className={r.title.trim() ? 'checklist__title' : 'checklist__title checklist__title--untitled'}>
                  {r.title.trim() ? <bdi>{r.title.trim()}</bdi> : 'Untitled'}
                </span>
                <span className="checklist__meta">
                  {formatDayWithWeekday(r.date)} · {themeById(r.themeId).title}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
