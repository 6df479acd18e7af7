// "New since last time": each secret dropped in sealed and not read yet, as an unopened
// envelope. Only who it is from and its day show; its title and words are not put on the page
// until they open it together (in the reading view), so the surprise is kept for the two of them.
// A shared reflection says so, and its theme, on the envelope; a thank-you note, who it is for
// and from (they come first: vault-contents.tsx puts them there).

import type { VaultPartner, VaultSecretHeader } from '../../../../../shared/contract.ts'
import { isolated } from '../../../../../shared/text-direction.ts'
import { formatDay } from '../../../ui/dates.ts'
import { nameOf } from './open-vault-names.ts'
import { SharedFrom } from './shared-from.tsx'
import '../thanks/thanks.css'
import { isThanks, thanksColour, thanksLine } from '../thanks/thanks-card.tsx'

interface Props {
  /** Only the new ones; their titles and excerpts are never rendered here. */
  envelopes: readonly VaultSecretHeader[]
  partners: readonly VaultPartner[]
  headingId: string
  onOpen: (index: number) => void
}

function EnvelopeIcon() {
  return (
    <svg className="envelope__icon" viewBox="0 0 48 36" width="48" height="36" aria-hidden="true" focusable="false">
      <rect x="1.5" y="1.5" width="45" height="33" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M3 4 L24 21 L45 4" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
      <circle cx="24" cy="21" r="4.5" className="envelope__seal" />
    </svg>
  )
}

export function NewEnvelopes({ envelopes, partners, headingId, onOpen }: Props) {
  const many = envelopes.length > 1
  return (
    <section className="vault-section envelopes" aria-labelledby={headingId}>
      <h2 id={headingId}>New since last time</h2>
      <p className="envelopes__lead">
        {many
          ? `${envelopes.length} sealed secrets arrived while the vault was locked. They stay closed until you open them, together.`
          : 'A sealed secret arrived while the vault was locked. It stays closed until you open it, together.'}
      </p>
      <ul className="envelope-list" aria-labelledby={headingId}>
        {envelopes.map((secret, index) => {
          const from = nameOf(partners, secret.authorId)
          const day = formatDay(secret.date)
          const thanks = isThanks(secret)
          const who = thanks ? thanksLine(secret, partners) : `From ${isolated(from)}`
          const what = thanks ? 'a thank-you note ' : secret.kind === 'needs' ? 'a needs check-in ' : secret.sharedFrom ? 'shared ' : ''
          return (
            <li key={secret.id} className={thanks ? 'envelope envelope--thanks' : 'envelope'} style={thanks ? thanksColour : undefined}>
              <EnvelopeIcon />
              <span className="envelope__words">
                {thanks && <span className="envelope__kind">A thank-you note</span>}
                <span className="envelope__from">{who}</span>
                <span className="envelope__day">{day}</span>
                {secret.sharedFrom && <SharedFrom sharedFrom={secret.sharedFrom} kind={secret.kind} author={from} withDay={false} />}
              </span>
              {/* Named in full, starting with the words it shows, so speech input still hears "Open together". */}
              <button
                type="button"
                className={many ? undefined : 'primary'}
                aria-label={`Open together: ${many ? `${index + 1} of ${envelopes.length}, ` : ''}${what}${thanks ? who.replace('For', 'for') : `from ${from}`}, ${day}`}
                onClick={() => onOpen(index)}
              >
                Open together
              </button>
            </li>
          )
        })}
      </ul>
      {many && (
        <div className="actions">
          <button type="button" className="primary" onClick={() => onOpen(0)}>
            Open all {envelopes.length} together
          </button>
        </div>
      )}
    </section>
  )
}
