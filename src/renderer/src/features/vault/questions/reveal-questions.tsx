// The open journal's "both answer, then reveal" questions that are not revealed yet: those
// waiting for my answer (answered here, privately), and those waiting for my partner or for
// the vault to be opened together. My own answer is shown back to me from my journal's own copy
// (never the partner's, which this journal cannot read).

import './reveal-together.css'
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { RevealQuestion, VaultPartner } from '../../../../../shared/contract.ts'
import { api } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { formatMoment, nameOf } from '../secrets/open-vault-names.ts'
import { journalVaultProblem, useJournalVault } from './reveal-journal.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

type Listing = { state: 'loading' } | { state: 'ready'; questions: RevealQuestion[] } | { state: 'failed'; message: string }

function AnswerForm({ question, askedBy, onAnswered }: { question: RevealQuestion; askedBy: string; onAnswered: () => void }) {
  const id = useId()
  const [answer, setAnswer] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!answer.trim()) {
      setProblem('Write your answer first. Only you see it until the vault is opened together.')
      return
    }
    setBusy(true)
    try {
      await api.vaultReveals.answer({ id: question.id, answer })
      setAnswer('')
      onAnswered()
    } catch (error) {
      setProblem(journalVaultProblem(error))
      setBusy(false)
    }
  }

  return (
    <form className="reveal-question reveal-question--mine" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-prompt`} noValidate>
      <p id={`${id}-prompt`} className="reveal-question__prompt" dir="auto">
        {question.prompt}
      </p>
      <p className="reveal-question__note">
        <bdi>{askedBy}</bdi> asked this on {formatMoment(question.askedAt)}.
      </p>
      <label htmlFor={`${id}-answer`}>Your answer</label>
      <textarea
        id={`${id}-answer`}
        rows={4}
        dir="auto"
        maxLength={10_000}
        value={answer}
        onChange={(event) => {
          setAnswer(event.target.value)
          setProblem(null)
        }}
      />
      <ErrorMessage message={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Seal my answer
        </button>
      </div>
    </form>
  )
}

function stateOf(question: RevealQuestion, partner: VaultPartner): string {
  if (!question.answeredByPartner) return `You have answered. Waiting for ${isolated(partner.displayName)}’s answer.`
  return 'You have both answered. Open the vault together to see the two answers side by side.'
}

/** `version` changes when a question was just asked on this screen, so the list loads again. */
export function RevealQuestions({ version }: { version: number }) {
  const ids = useId()
  const vault = useJournalVault()
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  const [done, setDone] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)

  const load = useCallback(async () => {
    try {
      setListing({ state: 'ready', questions: await api.vaultReveals.waiting() })
    } catch (error) {
      setListing({ state: 'failed', message: journalVaultProblem(error) })
    }
  }, [])

  useEffect(() => {
    if (vault.state === 'ready') void load()
  }, [vault.state, load, version])

  if (vault.state !== 'ready' || listing.state === 'loading') return null
  if (listing.state === 'ready' && listing.questions.length === 0 && !done) return null

  const questions = listing.state === 'ready' ? listing.questions : []
  const mine = questions.filter((q) => !q.answeredByMe)
  const theirs = questions.filter((q) => q.answeredByMe)
  return (
    <section className="reveal-questions" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        {mine.length > 0 ? 'A question is waiting for your answer' : 'Questions for both of you'}
      </h2>
      {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
      <p className="reveal-questions__lead">
        Answer on your own. Your answer is sealed into the vault, and you will see it beside <bdi>{vault.partner.displayName}</bdi>’s when you open the vault
        together.
      </p>
      {mine.map((question) => (
        <AnswerForm
          key={question.id}
          question={question}
          askedBy={nameOf(vault.partners, question.askedBy)}
          onAnswered={() => {
            setDone('Sealed. You will see both answers when you open the vault together.')
            // The form goes with the answer: focus stays in this section rather than falling to the page.
            void load().then(() => headingRef.current?.focus())
          }}
        />
      ))}
      {theirs.length > 0 && (
        <ul className="reveal-questions__list">
          {theirs.map((question) => (
            <li key={question.id} className="reveal-question">
              <p className="reveal-question__prompt" dir="auto">
                {question.prompt}
              </p>
              {question.myAnswer !== null && (
                <p className="reveal-question__mine">
                  <span className="reveal-question__mine-label">Your answer:</span> <bdi>{question.myAnswer}</bdi>
                </p>
              )}
              <p className="reveal-question__note">{stateOf(question, vault.partner)}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="reveal-questions__done" role="status">
        {done}
      </p>
    </section>
  )
}
