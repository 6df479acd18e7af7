// A question with two answers, as a modal dialog: "Delete this reflection?", "Lock the vault now?".
// Focus starts on the safe answer and stays on the two buttons; Escape means "not now".

import './confirm-dialog.css'
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'

interface Props {
  title: string
  text: string
  confirmLabel: string
  cancelLabel: string
  /** The confirming answer deletes something: drawn in the danger colour, and focus starts on the other. */
  danger?: boolean
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({ title, text, confirmLabel, cancelLabel, danger = false, busy = false, onConfirm, onCancel }: Props) {
  const id = useId()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    // showModal makes the rest of the page inert.
    if (!dialog.open) dialog.showModal()
    ;(danger ? cancelRef : confirmRef).current?.focus()
    return () => dialog.close()
  }, [danger])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab') return
    event.preventDefault()
    const next = document.activeElement === cancelRef.current ? confirmRef.current : cancelRef.current
    next?.focus()
  }

  const confirm = (
    <button key="confirm" ref={confirmRef} type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={busy}>
      {confirmLabel}
    </button>
  )
  const cancel = (
    <button key="cancel" ref={cancelRef} type="button" onClick={onCancel} disabled={busy}>
      {cancelLabel}
    </button>
  )

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
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
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-text`}>{text}</p>
      {/* The safe answer comes first, where focus starts. */}
      <div className="actions">{danger ? [cancel, confirm] : [confirm, cancel]}</div>
    </dialog>
  )
}
