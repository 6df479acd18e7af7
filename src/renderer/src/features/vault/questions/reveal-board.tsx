// "Both answer, then reveal", inside the open vault: each question both have answered, with
// the two answers side by side under each partner's name, first; the others, after them, say who
// still has to answer.

import './reveal-together.css'
import { useId } from 'react'
import type { Reveal, VaultPartner } from '../../../../../shared/contract.ts'
import { api } from '../../../api.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { formatMoment, inPartOrder, nameOf } from '../secrets/open-vault-names.ts'
import { useVaultLoad } from '../use-vault-load.ts'
import { ResponsesPanel } from '../secrets/responses.tsx'

function Waiting({ reveal, partners }: { reveal: Reveal; partners: readonly VaultPartner[] }) {
  const missing = partners.filter((p) => !reveal.answeredBy.includes(p.profileId)).map((p) => p.displayName)
  const answered = partners.filter((p) => reveal.answeredBy.includes(p.profileId)).map((p) => p.displayName)
  return (
    <p className="reveal__waiting">
      {answered.length > 0 && `${answered.join(' and ')} has answered. `}
      Waiting for {missing.join(' and ')} to answer in {missing.length === 1 ? 'their' : 'your'} journal.
    </p>
  )
}

function Answers({ reveal, partners }: { reveal: Reveal; partners: readonly VaultPartner[] }) {
  return (
    <div className="reveal__answers">
      {inPartOrder(partners).map((partner) => {
        const answer = reveal.answers.find((a) => a.profileId === partner.profileId)
        return (
          <section key={partner.profileId} className="reveal__answer" aria-label={`${partner.displayName}'s answer`}>
            <h4>
              <bdi>{partner.displayName}</bdi>
            </h4>
            <p className="reveal__text" dir="auto">
              {answer?.text ?? ''}
            </p>
          </section>
        )
      })}
    </div>
  )
}

/** Answers to read together come before questions still waiting; each group keeps its order. */
function revealedFirst(reveals: readonly Reveal[]): Reveal[] {
  return [...reveals].sort((x, y) => Number(y.revealed) - Number(x.revealed))
}

export function RevealBoard({ partners, onLocked }: { partners: readonly VaultPartner[]; onLocked: () => void }) {
  const id = useId()
  const listing = useVaultLoad(() => api.vaultReveals.list(), 'reveals', onLocked)

  return (
    <section className="vault-section reveals" aria-labelledby={id} aria-busy={listing.state === 'loading'}>
      <h2 id={id}>Both answer, then reveal</h2>
      {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
      {listing.state === 'ready' && listing.value.length === 0 && (
        <p className="vault-empty">
          No questions yet. In the Trust theme of your journals, either of you can ask one. You each answer on your own, and the two answers appear here side by
          side.
        </p>
      )}
      {listing.state === 'ready' && listing.value.length > 0 && (
        <ul className="reveal-list">
          {revealedFirst(listing.value).map((reveal) => (
            <li key={reveal.id} className={reveal.revealed ? 'reveal reveal--revealed' : 'reveal'}>
              <h3 className="reveal__prompt" dir="auto">
                {reveal.prompt}
              </h3>
              <p className="reveal__asked">
                Asked by <bdi>{nameOf(partners, reveal.askedBy)}</bdi> on {formatMoment(reveal.askedAt)}
              </p>
              {reveal.revealed ? <Answers reveal={reveal} partners={partners} /> : <Waiting reveal={reveal} partners={partners} />}
              {reveal.revealed && (
                <ResponsesPanel
                  on={{ kind: 'reveal', id: reveal.id }}
                  initial={reveal.responses}
                  partners={partners}
                  onLocked={onLocked}
                  what="these answers"
                  level={4}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
