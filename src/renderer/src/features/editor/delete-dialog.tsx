// "Delete this reflection?" A modal dialog: focus stays on its two buttons, Escape keeps the reflection.

import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface Props {
  title: string
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function DeleteDialog({ title, busy, onConfirm, onCancel }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    // showModal makes the rest of the page inert; the keeping button gets focus, the safe choice.
    if (!dialog.open) dialog.showModal()
    cancelRef.current?.focus()
    return () => dialog.close()
  }, [])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return
    event.preventDefault()
    const next = document.activeElement === cancelRef.current ? confirmRef.current : cancelRef.current
    next?.focus()
  }

  return (
    <dialog
      ref={dialogRef}
      className="delete-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        // Escape: our state closes the dialog, not the browser.
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`}>Delete this reflection?</h2>
      <p id={`${id}-text`}>
        {title.trim() ? `“${title.trim()}” will be gone from your journal.` : 'This reflection will be gone from your journal.'} This cannot be undone.
      </p>
      <div className="actions">
        <button ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
          Keep it
        </button>
        <button ref={confirmRef} type="button" className="danger" onClick={onConfirm} disabled={busy}>
          Delete
        </button>
      </div>
    </dialog>
  )
}
