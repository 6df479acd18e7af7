// The quality-time theme's part in the vault, from an open journal: the way to time together's
// page in the vault (its ideas, this week's plan and what you did), and an idea dropped in sealed
// for next time. Before this journal has seen the vault opened together it cannot seal into it,
// so that is said instead; without a vault, a line on what it would hold.

import '../questions/reveal-together.css'
import { useEffect, useId, useRef, useState } from 'react'
import { useJournalVault } from '../questions/reveal-journal.ts'
import { SealedIdeaForm } from './sealed-idea-form.tsx'

const SEALED = 'Your idea is sealed in the vault. It will be on your list, marked new, the next time you open the vault together.'

export function TimeTogetherTheme({ onPlanTime }: { onPlanTime: () => void }) {
  const id = useId()
  const vault = useJournalVault()
  const [writing, setWriting] = useState(false)
  const [note, setNote] = useState('')
  const dropButton = useRef<HTMLButtonElement>(null)
  const [focusDrop, setFocusDrop] = useState(false)
  // After the form has gone and the button is back: a frame's wait could come before React's
  // commit on a busy machine, and focus would then go nowhere.
  useEffect(() => {
    if (!focusDrop || writing) return
    dropButton.current?.focus()
    setFocusDrop(false)
  }, [focusDrop, writing])
  if (vault.state === 'loading' || vault.state === 'failed') return null

  if (vault.state === 'ready' && writing) {
    const finish = (sealed: boolean) => {
      setWriting(false)
      setNote(sealed ? SEALED : '')
      setFocusDrop(true)
    }
    return (
      <div className="together">
        <div className="together__card together__card--wide">
          <SealedIdeaForm partners={vault.partners} journalProfileId={vault.me.profileId} fixedAuthorId={vault.me.profileId} headingLevel={2} onDone={finish} />
        </div>
      </div>
    )
  }

  return (
    <div className="together">
      <section className="together__card" aria-labelledby={id}>
        <h2 id={id}>Time together, planned in your vault</h2>
        {vault.state === 'none' ? (
          <p className="together__lead">
            Once you have made your vault together, it keeps a list of things to do together, a plan for the week and a note of the times you have had.
          </p>
        ) : (
          <>
            <p className="together__lead">
              Your vault keeps a list of things to do together, what you would like to do this week, and the times you have had. It opens when you are both
              here.
            </p>
            <div className="actions">
              <button type="button" className="primary" onClick={onPlanTime}>
                Plan time together in your vault
              </button>
              {vault.pinned && (
                <button ref={dropButton} type="button" onClick={() => setWriting(true)}>
                  Drop in an idea
                </button>
              )}
            </div>
            {!vault.pinned && (
              <p className="together__none">
                To drop in an idea from here, open the vault together once while your journal is open. Sevenfold then keeps the vault’s key in your journal.
              </p>
            )}
          </>
        )}
        <p className="together__note" role="status">
          {note}
        </p>
      </section>
    </div>
  )
}
