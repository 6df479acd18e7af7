// "Both answer, then reveal", from the trust theme: pick a question (any theme's prompt, or
// one of your own), answer it privately, and seal the answer into the vault. The partner
// answers in their own journal; the two answers are seen side by side only in the open vault.

import { useId, useState, type FormEvent } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { THEMES } from '../../../../../shared/themes.ts'
import { api } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { journalVaultProblem } from './reveal-journal.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

const OWN = 'own'

/** The question a choice stands for: "<theme index>:<prompt index>", or the person's own. */
function promptFor(choice: string, own: string): string {
  if (choice === OWN) return own.trim()
  const [theme, prompt] = choice.split(':').map(Number)
  return THEMES[theme ?? -1]?.prompts[prompt ?? -1] ?? ''
}

interface Props {
  partner: VaultPartner
  onAsked: () => void
}

export function AskBoth({ partner, onAsked }: Props) {
  const id = useId()
  const [choice, setChoice] = useState('')
  const [own, setOwn] = useState('')
  const [answer, setAnswer] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState('')

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const prompt = promptFor(choice, own)
    const refusal = !prompt
      ? choice === OWN
        ? 'Write your question first.'
        : 'Choose a question, or write your own.'
      : !answer.trim()
        ? 'Write your answer first. Only you see it until the vault is opened together.'
        : null
    setProblem(refusal)
    setDone('')
    if (refusal) return
    setBusy(true)
    try {
      await api.vaultReveals.ask({ prompt, answer })
      // The answer is sealed; the form forgets it (the waiting list shows it back from this journal's own copy).
      setAnswer('')
      setOwn('')
      setChoice('')
      setDone(
        `Sealed. The question will be waiting in ${isolated(partner.displayName)}’s journal, and you will see both answers when you open the vault together.`
      )
      onAsked()
    } catch (error) {
      setProblem(journalVaultProblem(error))
    } finally {
      setBusy(false)
    }
  }

  return (
    <form className="ask-both" onSubmit={(event) => void submit(event)} noValidate>
      <label htmlFor={`${id}-question`}>Question</label>
      <select
        id={`${id}-question`}
        value={choice}
        onChange={(event) => {
          setChoice(event.target.value)
          setProblem(null)
        }}
      >
        <option value="">Choose a question…</option>
        {THEMES.map((theme, t) => (
          <optgroup key={theme.id} label={theme.title}>
            {theme.prompts.map((prompt, p) => (
              <option key={prompt} value={`${t}:${p}`}>
                {prompt}
              </option>
            ))}
          </optgroup>
        ))}
        <optgroup label="Your own">
          <option value={OWN}>Write my own question…</option>
        </optgroup>
      </select>
      {/* A select cuts long questions short: the one chosen, whole. */}
      {choice !== '' && choice !== OWN && <p className="ask-both__chosen">{promptFor(choice, '')}</p>}
      {choice === OWN && (
        <>
          <label htmlFor={`${id}-own`}>Your question</label>
          {/* A text area, like the answer: a long question wraps and shows whole. */}
          <textarea
            id={`${id}-own`}
            className="ask-both__own"
            rows={3}
            dir="auto"
            maxLength={500}
            autoComplete="off"
            value={own}
            onChange={(event) => {
              setOwn(event.target.value)
              setProblem(null)
            }}
          />
        </>
      )}
      <label htmlFor={`${id}-answer`}>Your answer</label>
      <textarea
        id={`${id}-answer`}
        rows={5}
        dir="auto"
        maxLength={10_000}
        value={answer}
        aria-describedby={`${id}-private`}
        onChange={(event) => {
          setAnswer(event.target.value)
          setProblem(null)
        }}
      />
      <p id={`${id}-private`} className="ask-both__private">
        Once sealed, only you can read it back, here in your journal. <bdi>{partner.displayName}</bdi> sees it when the two of you open the vault together,
        beside <bdi>{partner.displayName}</bdi>’s own answer.
      </p>
      <ErrorMessage message={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          Seal my answer
        </button>
      </div>
      <p className="ask-both__done" role="status">
        {done}
      </p>
    </form>
  )
}
