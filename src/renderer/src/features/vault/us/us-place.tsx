// Home's "us" place, once both journals exist: what waits for the two of them (a question to
// answer, answers to reveal together, something sealed), and the ways to reach the other from
// here: ask a question, leave a sealed note, or create the vault together until there is one.
// Nothing in it names who sealed what: the lock screen's rows cannot tell, and could be forged.

import './us.css'
import '../questions/reveal-together.css'
import { useId, type CSSProperties, type ReactNode } from 'react'
import type { ProfileSummary } from '../../../../../shared/contract.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useNavigate } from '../../../ui/navigation.ts'
import { useLoad } from '../../../ui/use-load.ts'
import { nameOf } from '../secrets/open-vault-names.ts'
import { journalVaultProblem } from '../questions/reveal-journal.ts'
import { UsActions } from './us-actions.tsx'
import { readUs } from './us-waiting.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

const trust = themeById('trust')

interface Props {
  me: ProfileSummary
  partner: ProfileSummary
  /** To the vault's screens: its creation while there is none, else opening it together. */
  onOpenVault: () => void
}

function Waiting({ title, children }: { title: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="us__waiting" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  )
}

export function UsPlace({ me, partner, onOpenVault }: Props) {
  const ids = useId()
  const go = useNavigate()
  const load = useLoad(readUs, 'us')
  const loaded = load.loaded
  const colour = { '--theme-colour': trust.colour } as CSSProperties
  const them = partner.displayName

  const heading = (
    <h2 id={`${ids}-title`} className="us__title">
      You and <bdi>{them}</bdi>
    </h2>
  )
  if (loaded.state === 'loading') return null
  if (loaded.state === 'failed') {
    return (
      <section className="us" style={colour} aria-labelledby={`${ids}-title`}>
        {heading}
        <ErrorMessage message={journalVaultProblem(loaded)} />
      </section>
    )
  }
  const { vault, toAnswer, toReveal } = loaded.value
  if (!vault.exists) {
    return (
      <section className="us" style={colour} aria-labelledby={`${ids}-title`}>
        {heading}
        <p className="us__lead">
          Your vault is where the two of you meet: questions you both answer and reveal together, notes sealed for you both. Make it together, when you are both
          at the computer.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={onOpenVault}>
            Create your vault together
          </button>
        </div>
      </section>
    )
  }

  const sealed = vault.waitingForBoth.sealed
  const nothing = toAnswer.length === 0 && toReveal.length === 0 && !sealed
  const openTogether = (
    <button type="button" onClick={onOpenVault}>
      Open your vault together
    </button>
  )
  return (
    <section className="us" style={colour} aria-labelledby={`${ids}-title`}>
      {heading}
      {nothing && <p className="us__lead">Nothing is waiting for the two of you right now.</p>}
      {toAnswer.length > 0 && (
        <Waiting title={toAnswer.length === 1 ? 'A question is waiting for your answer' : `${toAnswer.length} questions are waiting for your answer`}>
          <p>
            {toAnswer.length === 1
              ? `${isolated(nameOf(vault.partners, toAnswer[0]!.askedBy))} asked a question for both of you.`
              : 'Questions for both of you are waiting.'}{' '}
            Your answer stays private until you open the vault together.
          </p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => go({ name: 'theme', themeId: 'trust' })}>
              Answer in {trust.title}
            </button>
          </div>
        </Waiting>
      )}
      {toReveal.length > 0 && (
        <Waiting
          title={toReveal.some((q) => q.askedBy === me.id) ? `${isolated(them)} answered — reveal it together` : 'You have both answered — reveal it together'}
        >
          <ul className="us__questions">
            {toReveal.map((q) => (
              <li key={q.id}>
                <bdi>{q.prompt}</bdi>
              </li>
            ))}
          </ul>
          <p>Open your vault together to see the two answers side by side.</p>
          {/* One way in is enough when something sealed waits below too. */}
          {!sealed && <div className="actions">{openTogether}</div>}
        </Waiting>
      )}
      {sealed && (
        <Waiting title="Something sealed is waiting for you both">
          <p>Nobody can read it yet, not even the one who wrote it. It opens when you open your vault together.</p>
          <div className="actions">{openTogether}</div>
        </Waiting>
      )}
      <UsActions partner={them} meId={me.id} vault={vault} onSealed={load.reload} onOpenVault={onOpenVault} />
    </section>
  )
}
