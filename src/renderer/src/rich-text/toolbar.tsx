// The formatting toolbar. One tab stop (roving tabindex): arrow keys, Home and End move
// between buttons, as screen-reader users expect of role="toolbar".

import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useRef, useState, type KeyboardEvent } from 'react'
import { LIST_ICONS } from './list-icons.tsx'
import { PICTURE_INPUT_TYPES } from '../../../shared/pictures.ts'
import { TOOLBAR_ITEMS, type ToolbarItem } from './toolbar-items.ts'
import './toolbar.css'

interface Props {
  editor: Editor
  onLink: () => void
  /** Adds the pictures chosen; without it (where pictures are not kept) there is no picture button. */
  onPictures?: ((files: File[]) => void) | undefined
  /** The id of the body it formats (aria-controls). */
  controls?: string
}

const WITHOUT_PICTURES = TOOLBAR_ITEMS.filter((item) => item.id !== 'picture')

function selectState(editor: Editor, items: readonly ToolbarItem[]) {
  return items.map((item) => ({
    active: item.isActive ? item.isActive(editor) : undefined,
    enabled: item.canRun ? item.canRun(editor) : true
  }))
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1
}

export function Toolbar({ editor, onLink, onPictures, controls = 'reflection-body' }: Props) {
  const items = onPictures ? TOOLBAR_ITEMS : WITHOUT_PICTURES
  const [focusIndex, setFocusIndex] = useState(0)
  const buttons = useRef<Array<HTMLButtonElement | null>>([])
  const picker = useRef<HTMLInputElement>(null)
  const states = useEditorState({
    editor,
    selector: ({ editor: e }) => selectState(e, items),
    equalityFn: (a, b) => JSON.stringify(a) === JSON.stringify(b)
  })

  const onKeyDown = (event: KeyboardEvent) => {
    const move = MOVES[event.key]
    if (!move) return
    event.preventDefault()
    const next = move(focusIndex, items.length)
    setFocusIndex(next)
    buttons.current[next]?.focus()
  }

  return (
    <div role="toolbar" aria-label="Formatting" aria-controls={controls} className="editor-toolbar" onKeyDown={onKeyDown}>
      {items.map((item, index) => {
        const state = states[index]
        return (
          <button
            key={item.id}
            ref={(element) => {
              buttons.current[index] = element
            }}
            type="button"
            className={`editor-toolbar__button editor-toolbar__button--${item.id}${item.groupStart ? ' editor-toolbar__button--group' : ''}`}
            tabIndex={index === focusIndex ? 0 : -1}
            aria-label={item.label}
            aria-pressed={state?.active}
            // aria-disabled rather than disabled, so the button stays reachable with the arrow keys.
            aria-disabled={state?.enabled === false ? true : undefined}
            title={item.shortcut ? `${item.label} (${item.shortcut})` : item.label}
            onFocus={() => setFocusIndex(index)}
            // Keeps the editor's selection while the mouse is down, so the command applies to it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (state?.enabled === false) return
              if (item.id === 'link') onLink()
              else if (item.id === 'picture') picker.current?.click()
              else item.run(editor)
            }}
          >
            {LIST_ICONS[item.id] ?? <span aria-hidden="true">{item.glyph}</span>}
          </button>
        )
      })}
      {onPictures && (
        <input
          ref={picker}
          type="file"
          accept={PICTURE_INPUT_TYPES.join(',')}
          multiple
          hidden
          aria-label="Choose pictures"
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])]
            // Emptied, so choosing the same file again is a change too.
            event.currentTarget.value = ''
            if (files.length > 0) onPictures(files)
          }}
        />
      )}
    </div>
  )
}
