// Title, theme and date: the reflection's details above its body.

import { useEffect, useId, useRef } from 'react'
import type { ThemeId } from '../../../../shared/themes.ts'
import { ThemeOptions } from '../../ui/theme-options.tsx'

interface Props {
  title: string
  themeId: ThemeId
  date: string
  onTitle: (title: string) => void
  onTheme: (themeId: ThemeId) => void
  onDate: (date: string) => void
  onBlur: () => void
  readOnly?: boolean
  /** A blank new reflection: the caret starts in the title. */
  autoFocusTitle?: boolean
}

export function EditorFields({ title, themeId, date, onTitle, onTheme, onDate, onBlur, readOnly = false, autoFocusTitle = false }: Props) {
  const id = useId()
  const titleRef = useRef<HTMLInputElement>(null)
  const focusRef = useRef(autoFocusTitle)
  useEffect(() => {
    if (focusRef.current) titleRef.current?.focus()
  }, [])
  return (
    <div className="editor-fields">
      <label htmlFor={`${id}-title`} className="visually-hidden">
        Title
      </label>
      <input
        id={`${id}-title`}
        ref={titleRef}
        className="editor-fields__title"
        type="text"
        dir="auto"
        maxLength={300}
        placeholder="A title, if you like"
        autoComplete="off"
        value={title}
        readOnly={readOnly}
        onChange={(event) => onTitle(event.target.value)}
        onBlur={onBlur}
      />
      <div className="editor-fields__row">
        <span className="editor-fields__field">
          <label htmlFor={`${id}-theme`}>Theme</label>
          <select id={`${id}-theme`} disabled={readOnly} value={themeId} onChange={(event) => onTheme(event.target.value as ThemeId)} onBlur={onBlur}>
            <ThemeOptions />
          </select>
        </span>
        <span className="editor-fields__field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" required readOnly={readOnly} value={date} onChange={(event) => onDate(event.target.value)} onBlur={onBlur} />
        </span>
      </div>
    </div>
  )
}
