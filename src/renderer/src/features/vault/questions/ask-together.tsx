// The trust theme's part in the vault, from an open journal: ask both of you a question
// (each answers privately) and drop a sealed secret. Without a vault, a kind word on how to get one.

import { useId, useState } from 'react'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import './reveal-together.css'
import { AskBoth } from './ask-both.tsx'
import { useJournalVault } from './reveal-journal.ts'
import { SealedDropIn } from '../drop-in/sealed-drop-in.tsx'
import { SealedDropInEntry } from '../drop-in/sealed-drop-in-entry.tsx'

const SEALED = 'Your secret is sealed in the vault. You will read it together the next time you open it.'

type Dropping = { state: 'no'; note: string; back: boolean } | { state: 'writing' }

export function AskTogether({ onAsked }: { onAsked: () => void }) {
  const id = useId()
  const vault = useJournalVault()
  const [dropping, setDropping] = useState<Dropping>({ state: 'no', note: '', back: false })
  if (vault.state === 'loading') return null

  if (vault.state === 'ready' && dropping.state === 'writing') {
    const finish = (sealed: boolean) => setDropping({ state: 'no', note: sealed ? SEALED : '', back: true })
    return (
      <div className="together">
        <div className="together__card together__card--wide">
          <SealedDropIn
            partners={vault.partners}
            defaultAuthorId={vault.me.profileId}
            journalProfileId={vault.me.profileId}
            headingLevel={2}
            onDone={() => finish(true)}
            onCancel={() => finish(false)}
          />
        </div>
      </div>
    )
  }

  if (vault.state === 'ready' && !vault.pinned) return <OpenTogetherFirst />

  return (
    <div className="together">
      <section className="together__card" aria-labelledby={id}>
        <h2 id={id}>Both answer, then reveal</h2>
        <p className="together__lead">
          Choose a question for the two of you. Each of you answers alone, in your own journal, and neither can read the other’s answer until you open the vault
          together. Then the two answers appear side by side.
        </p>
        {vault.state === 'none' && <p className="together__none">{vault.message}</p>}
        {vault.state === 'failed' && <ErrorMessage message={vault.message} />}
        {vault.state === 'ready' && vault.partnerConfirmed && <AskBoth partner={vault.partner} onAsked={onAsked} />}
        {vault.state === 'ready' && !vault.partnerConfirmed && (
          <p className="together__none">
            A question can reach <bdi>{vault.partner.displayName}</bdi> once <bdi>{vault.partner.displayName}</bdi>’s own journal has been open while you opened
            the vault together. Next time you open it, do it from <bdi>{vault.partner.displayName}</bdi>’s journal.
          </p>
        )}
      </section>
      {vault.state === 'ready' && dropping.state === 'no' && (
        <SealedDropInEntry note={dropping.note} focus={dropping.back} onWrite={() => setDropping({ state: 'writing' })} />
      )}
    </div>
  )
}

/** Before this journal has seen the vault opened together, it cannot seal into it: said up front, not after writing. */
function OpenTogetherFirst() {
  const id = useId()
  return (
    <div className="together">
      <section className="together__card" aria-labelledby={id}>
        <h2 id={id}>Open your vault together once from here</h2>
        <p className="together__lead">
          To ask each other a question or drop a sealed secret from your journal, first open the vault together (Our vault, at the top) while your journal is
          open. Sevenfold then keeps the vault’s key in your journal, so nobody can slip in a key of their own and read what you seal.
        </p>
      </section>
    </div>
  )
}
