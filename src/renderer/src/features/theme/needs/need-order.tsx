// "Your three, in order": the needs chosen, the most needed first, each with Up, Down and
// Take off. The buttons at an end are aria-disabled rather than disabled, so the focus stays on
// the button just pressed as its need moves.

import { useEffect, useRef, useState } from 'react'
import { pickKey, pickLabel, placeName, type NeedPick } from '../../../../../shared/needs.ts'

interface Props {
  top: readonly NeedPick[]
  onChange: (top: NeedPick[]) => void
  headingId: string
}

type Move = 'up' | 'down'

export function NeedOrder({ top, onChange, headingId }: Props) {
  const buttons = useRef(new Map<string, HTMLButtonElement>())
  const heading = useRef<HTMLHeadingElement>(null)
  // After a move, the same button of the need that moved keeps the focus.
  const [follow, setFollow] = useState<string | null>(null)

  useEffect(() => {
    if (follow === null) return
    buttons.current.get(follow)?.focus()
    setFollow(null)
  }, [follow])

  const move = (index: number, step: -1 | 1, which: Move) => {
    const to = index + step
    if (to < 0 || to >= top.length) return
    const next = [...top]
    ;[next[index], next[to]] = [next[to]!, next[index]!]
    onChange(next)
    setFollow(`${pickKey(top[index]!)} ${which}`)
  }

  const takeOff = (index: number) => {
    onChange(top.filter((_, i) => i !== index))
    heading.current?.focus()
  }

  return (
    <div className="need-order">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Your three, in order
      </h3>
      {top.length === 0 ? (
        <p className="need-order__empty">Nothing chosen yet. Choose up to three above, or write one in your own words.</p>
      ) : (
        <ol className="need-order__list" aria-labelledby={headingId}>
          {top.map((pick, index) => {
            const key = pickKey(pick)
            const label = pickLabel(pick)
            const ref = (which: Move) => (element: HTMLButtonElement | null) => {
              if (element) buttons.current.set(`${key} ${which}`, element)
              else buttons.current.delete(`${key} ${which}`)
            }
            // Said after the visible words, so "Move up" is still what speech input hears first.
            const named = <span className="visually-hidden"> “{label}”</span>
            const first = index === 0
            const last = index === top.length - 1
            return (
              <li key={key} className="need-order__item">
                <span className="need-order__place" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="need-order__words">
                  <span className="visually-hidden">{placeName(index)}: </span>
                  {label}
                  {'own' in pick && <span className="need-order__own"> · in your words</span>}
                </span>
                <span className="need-order__actions">
                  <button ref={ref('up')} type="button" className="quiet" aria-disabled={first ? true : undefined} onClick={() => move(index, -1, 'up')}>
                    Move up
                    {named}
                  </button>
                  <button ref={ref('down')} type="button" className="quiet" aria-disabled={last ? true : undefined} onClick={() => move(index, 1, 'down')}>
                    Move down
                    {named}
                  </button>
                  <button type="button" className="quiet" onClick={() => takeOff(index)}>
                    Take off
                    {named}
                  </button>
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </div>
  )
}
