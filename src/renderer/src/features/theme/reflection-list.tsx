// A theme's reflections, newest first. Only the rows near the viewport are in the DOM
// (a journal may hold thousands); the page itself scrolls, so it feels like any other page.
// Each row is a button; Tab reaches them in order, and the arrow keys, Home and End move
// through the whole list, rendering the row they land on first.

import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { ReflectionRow } from './reflection-row.tsx'

interface Props {
  reflections: readonly ReflectionHeader[]
  labelledBy: string
  describedBy: string
  onOpen: (reflection: ReflectionHeader) => void
}

const ROW_ESTIMATE = 116

/** Where the list starts on the page, so the virtualiser knows how far the window has scrolled into it. */
function useOffsetTop(ref: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0)
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current
      if (element) setOffset(element.getBoundingClientRect().top + window.scrollY)
    }
    measure()
    // Whatever sits above the list (description, a wrapped title) can change height.
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [ref])
  return offset
}

function targetIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1)
  if (key === 'ArrowUp') return Math.max(index - 1, 0)
  if (key === 'Home') return 0
  if (key === 'End') return count - 1
  return null
}

export function ReflectionList({ reflections, labelledBy, describedBy, onOpen }: Props) {
  const listRef = useRef<HTMLUListElement>(null)
  const pendingFocus = useRef<number | null>(null)
  const scrollMargin = useOffsetTop(listRef)
  const virtualizer = useWindowVirtualizer({
    count: reflections.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => reflections[index]!.id
  })

  // After each render, focus the row a key asked for once it is in the DOM.
  useEffect(() => {
    if (pendingFocus.current === null) return
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${pendingFocus.current}"] button`)
    if (!button) return
    pendingFocus.current = null
    button.focus({ preventScroll: true })
  })

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = targetIndex(event.key, index, reflections.length)
    if (target === null || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    pendingFocus.current = target
    virtualizer.scrollToIndex(target, { align: 'auto' })
    // Already rendered (a neighbour within the overscan): the effect may not run again.
    const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)
    if (button) {
      pendingFocus.current = null
      button.focus({ preventScroll: true })
    }
  }

  const items = virtualizer.getVirtualItems()
  return (
    <ul ref={listRef} className="reflection-list" aria-labelledby={labelledBy} aria-describedby={describedBy} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const reflection = reflections[item.index]!
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            aria-setsize={reflections.length}
            aria-posinset={item.index + 1}
            className="reflection-list__item"
            style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
          >
            <ReflectionRow reflection={reflection} onOpen={onOpen} onKeyDown={(event) => onKeyDown(event, item.index)} />
          </li>
        )
      })}
    </ul>
  )
}
