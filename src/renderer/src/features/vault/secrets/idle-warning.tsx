// "Still reading?": a minute before the open vault locks itself. An alert dialog, so a screen
// reader says it at once; focus goes to its one answer, and back where it was once answered.
// Either partner answers it with one click, Enter, Space or Escape.

import '../../../ui/confirm-dialog.css'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface Props {
  /** What is left when it appears, in seconds (a minute, or half a one-minute limit). */
  secondsLeft: number
  onKeepOpen: () => void
}

function leftText(seconds: number): string {
  return seconds >= 60 ? 'in a minute' : `in ${Math.round(seconds)} seconds`
}

export function IdleWarning({ secondsLeft, onKeepOpen }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    buttonRef.current?.focus()
    return () => {
      dialog.close()
      // Back to where they were, if it is still on the page (after a lock it is not).
      if (before?.isConnected) before.focus()
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    // Marked as handled, so the reading view's own keys (Escape, the arrows) leave it alone.
    if (event.key === 'Escape') {
      event.preventDefault()
      onKeepOpen()
    } else if (['Tab', 'ArrowLeft', 'ArrowRight'].includes(event.key)) {
      event.preventDefault()
    }
  }

  return (
    <dialog
      ref={dialogRef}
      role="alertdialog"
      className="confirm-dialog idle-warning"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape is answered above; the browser must not close it on its own.
        event.preventDefault()
      }}
    >
      <h2 id={`${id}-title`}>Still reading?</h2>
      <p id={`${id}-text`}>Nobody has touched the vault for a while, so it will lock itself {leftText(secondsLeft)}. Either of you can keep it open.</p>
      <div className="actions">
        <button ref={buttonRef} type="button" className="primary" onClick={onKeepOpen}>
          Keep it open
        </button>
      </div>
    </dialog>
  )
}
