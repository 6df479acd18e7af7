// The appreciation theme's part in the vault, from an open journal: thank the other partner with
// a short note sealed into the vault (thank-you-form.tsx). Before this journal has seen the vault
// opened together it cannot seal into it, so that is said up front; without a vault, nothing shows.

import { useId, useRef, useState } from 'react'
import '../questions/reveal-together.css'
import { useJournalVault } from '../questions/reveal-journal.ts'
import { ThankYouForm } from './thank-you-form.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

export function ThankTogether() {
  const id = useId()
  const vault = useJournalVault()
  const [writing, setWriting] = useState(false)
  const [sealed, setSealed] = useState('')
  const button = useRef<HTMLButtonElement>(null)
  if (vault.state !== 'ready') return null
  const partner = vault.partner.displayName

  if (writing) {
    const finish = (done: boolean) => {
      setWriting(false)
      setSealed(done ? `Your note for ${isolated(partner)} is sealed. It will be the first thing you open together.` : '')
      requestAnimationFrame(() => button.current?.focus())
    }
    return (
      <div className="together">
        <div className="together__card together__card--wide">
          <ThankYouForm partner={partner} headingLevel={2} onDone={() => finish(true)} onCancel={() => finish(false)} />
        </div>
      </div>
    )
  }

  return (
    <div className="together">
      <section className="together__card" aria-labelledby={id}>
        <h2 id={id}>
          A thank-you note for <bdi>{partner}</bdi>
        </h2>
        {vault.pinned ? (
          <>
            <p className="together__lead">
              A few words for <bdi>{partner}</bdi> about something they did, or something you admire in them. It is sealed in your vault and read the next time
              you open it together.
            </p>
            <div className="actions">
              <button ref={button} type="button" className="primary" onClick={() => setWriting(true)}>
                Thank <bdi>{partner}</bdi>…
              </button>
            </div>
          </>
        ) : (
          <p className="together__lead">
            To thank <bdi>{partner}</bdi> from your journal, first open the vault together (Our vault, at the top) while your journal is open. Sevenfold then
            keeps the vault’s key in your journal, so nobody can slip in a key of their own.
          </p>
        )}
        <p className="together__none" role="status">
          {sealed}
        </p>
      </section>
    </div>
  )
}
