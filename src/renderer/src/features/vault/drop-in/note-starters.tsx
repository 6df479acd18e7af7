// A few gentle ways to begin a sealed note (issue 17, item 3): picking one puts its words at the
// start of the body with the caret after them, ready to go on. It sends nothing, and picking
// another replaces it while it is still as it was put in. The editor is only ever used through
// its own object here (a type import), so TipTap stays out of the lock screen's first chunk.

import './note-starters.css'
import type { Editor } from '@tiptap/react'
import { useId } from 'react'
import { NOTE_STARTERS, starterAtStart, starterOpening } from '../../../../../shared/starters.ts'

/** Puts the starter at the start of the body's first line (replacing an untouched one), caret after it. */
export function beginWithStarter(editor: Editor, starter: string): void {
  const { doc } = editor.state
  const first = doc.firstChild
  const opening = starterOpening(starter)
  if (!first?.isTextblock) {
    editor
      .chain()
      .focus()
      .insertContentAt(0, { type: 'paragraph', content: [{ type: 'text', text: opening }] })
      .setTextSelection(1 + opening.length)
      .run()
    return
  }
  const line = first.textContent
  const earlier = starterAtStart(line)
  const earlierLength = earlier === null ? 0 : line.startsWith(starterOpening(earlier)) ? starterOpening(earlier).length : earlier.length
  // Only a starter still in one run of text is replaced; one broken by a line break is the writer's now.
  const replaced = earlierLength > 0 && doc.textBetween(1, 1 + earlierLength) === line.slice(0, earlierLength) ? earlierLength : 0
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.insertText(opening, 1, 1 + replaced)
      return true
    })
    .setTextSelection(1 + opening.length)
    .scrollIntoView()
    .run()
}

interface Props {
  /** The body's editor, or null while it loads. */
  editor: Editor | null
  onPicked: () => void
}

export function NoteStarters({ editor, onPicked }: Props) {
  const id = useId()
  return (
    <div className="note-starters" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-sealed`}>
      <p id={`${id}-label`} className="note-starters__label">
        Not sure how to begin? You could start with one of these, or with nothing at all.
      </p>
      <ul className="note-starters__list">
        {NOTE_STARTERS.map((starter) => (
          <li key={starter}>
            <button
              type="button"
              className="note-starters__choice"
              disabled={editor === null}
              onClick={() => {
                if (!editor) return
                beginWithStarter(editor, starter)
                onPicked()
              }}
            >
              {starter}…
            </button>
          </li>
        ))}
      </ul>
      <p id={`${id}-sealed`} className="note-starters__sealed">
        Whatever you write stays sealed. The two of you read it together, and only together.
      </p>
    </div>
  )
}
