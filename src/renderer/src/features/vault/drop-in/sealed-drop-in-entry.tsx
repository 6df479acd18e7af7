// From an open journal's trust theme: the card that offers to drop a sealed secret into the
// vault without opening it. The writing itself replaces the trust theme's vault cards
// (ask-together.tsx), so the one thing being written has the room.

import { useEffect, useId, useRef } from 'react'

interface Props {
  /** Said after a secret was sealed, or ''. */
  note: string
  /** Whether to take focus (back from writing one). */
  focus: boolean
  onWrite: () => void
}

export function SealedDropInEntry({ note, focus, onWrite }: Props) {
  const id = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (focus) buttonRef.current?.focus()
  }, [focus])

  return (
    <section className="together__card" aria-labelledby={id}>
      <h2 id={id}>Drop a sealed secret</h2>
      <p className="together__lead">
        Something you want to tell them, to read together? Seal it into the vault now. Nobody can read it, you included, until the two of you open the vault
        together.
      </p>
      <div className="actions">
        <button ref={buttonRef} type="button" onClick={onWrite}>
          Write a sealed secret
        </button>
      </div>
      <p className="together__note" role="status">
        {note}
      </p>
    </section>
  )
}
