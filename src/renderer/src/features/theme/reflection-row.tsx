// One reflection in a theme's list: title (typed, or its first line), day, the opening words and how long it is.
// Its accessible name is all of its visible text, so speech input ("click <what you see>")
// and screen readers agree with the screen.

import type { KeyboardEvent } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { excerptAfterTitle } from '../../../../shared/reflection-title.ts'
import { formatDayWithWeekday, formatWordCount } from '../../ui/dates.ts'

interface Props {
  reflection: ReflectionHeader
  onOpen: (reflection: ReflectionHeader) => void
  onKeyDown: (event: KeyboardEvent) => void
}

export function ReflectionRow({ reflection, onOpen, onKeyDown }: Props) {
  const title = reflection.title.trim()
  // Listed under its first line: the excerpt goes on from there instead of saying it twice.
  const excerpt = reflection.titled ? reflection.excerpt : excerptAfterTitle(title, reflection.excerpt)
  return (
    <button type="button" className="reflection-row" onClick={() => onOpen(reflection)} onKeyDown={onKeyDown}>
      <span className="reflection-row__head">
        <span className={title ? 'reflection-row__title' : 'reflection-row__title reflection-row__title--untitled'}>
          {title ? <bdi>{title}</bdi> : 'Untitled'}
        </span>
        <span className="reflection-row__date">{formatDayWithWeekday(reflection.date)}</span>
      </span>
      {excerpt !== '' && (
        <span className="reflection-row__excerpt" dir="auto">
          {excerpt}
        </span>
      )}
      <span className="reflection-row__count">{formatWordCount(reflection.wordCount)}</span>
    </button>
  )
}
