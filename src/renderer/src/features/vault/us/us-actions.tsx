// The us place's two ways to reach the other from an open journal: "Ask Ben a question" (the
// trust theme's "both answer, then reveal" form) and "Leave Ben a note" (a sealed drop-in), each
// opened in place, one at a time, and "Thank Ben" (a thank-you note, sealed the same way). Before this journal has seen the vault opened together it
// cannot seal into it, so that is said instead, with the way to do it.

import { useId, useRef, useState } from 'react'
import type { VaultStatus } from '../../../../../shared/contract.ts'
import { AskBoth } from '../questions/ask-both.tsx'
import { SealedDropIn } from '../drop-in/sealed-drop-in.tsx'
import { ThankYouForm } from '../thanks/thank-you-form.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

type Open = 'none' | 'ask' | 'note' | 'thanks'

interface Props {
  partner: string
  meId: string
  vault: VaultStatus
  /** Something was sealed from here: what waits is read again. */
  onSealed: () => void
  onOpenVault: () => void
}

export function UsActions({ partner, meId, vault, onSealed, onOpenVault }: Props) {
  const ids = useId()
  const [open, setOpen] = useState<Open>('none')
  const noteButton = useRef<HTMLButtonElement>(null)
  const thanksButton = useRef<HTMLButtonElement>(null)
  const [thanked, setThanked] = useState('')
  const me = vault.partners.find((p) => p.profileId === meId)
  const them = vault.partners.find((p) => p.profileId !== meId)
  const from = vault.fromJournal
  if (!me || !them || !from) return null

  if (!from.pinned) {
    return (
      <div className="us__actions">
        <p className="us__note">
          To ask <bdi>{partner}</bdi> a question, leave a note or thank <bdi>{partner}</bdi> from here, open your vault together once while your journal is
          open. Sevenfold then keeps the vault’s key in your journal, so nobody can slip in a key of their own.
        </p>
        <div className="actions">
          <button type="button" onClick={onOpenVault}>
            Open your vault together
          </button>
        </div>
      </div>
    )
  }

  const toggle = (which: Exclude<Open, 'none'>) => {
    setThanked('')
    setOpen((current) => (current === which ? 'none' : which))
  }
  const closeThanks = (sealed: boolean) => {
    setOpen('none')
    setThanked(sealed ? `Your thank-you note for ${isolated(partner)} is sealed. It will be the first thing you open together.` : '')
    if (sealed) onSealed()
    thanksButton.current?.focus()
  }
  return (
    <div className="us__actions">
      <div className="actions">
        <button type="button" aria-expanded={open === 'ask'} aria-controls={`${ids}-ask`} onClick={() => toggle('ask')}>
          Ask <bdi>{partner}</bdi> a question
        </button>
        <button ref={noteButton} type="button" aria-expanded={open === 'note'} aria-controls={`${ids}-note`} onClick={() => toggle('note')}>
          Leave <bdi>{partner}</bdi> a note
        </button>
        <button ref={thanksButton} type="button" aria-expanded={open === 'thanks'} aria-controls={`${ids}-thanks`} onClick={() => toggle('thanks')}>
          Thank <bdi>{partner}</bdi>
        </button>
      </div>
      <p className="us__note us__thanked" role="status">
        {thanked}
      </p>
      {open === 'thanks' && (
        <div id={`${ids}-thanks`} className="us__panel">
          <ThankYouForm partner={them.displayName} headingLevel={3} onDone={() => closeThanks(true)} onCancel={() => closeThanks(false)} />
        </div>
      )}
      {open === 'ask' && (
        <div id={`${ids}-ask`} className="us__panel">
          {from.partnerConfirmed ? (
            <AskBoth partner={them} onAsked={onSealed} />
          ) : (
            <p className="us__note">
              A question can reach <bdi>{partner}</bdi> once <bdi>{partner}</bdi>’s own journal has been open while you opened the vault together. Next time you
              open it, do it from <bdi>{partner}</bdi>’s journal.
            </p>
          )}
        </div>
      )}
      {open === 'note' && (
        <div id={`${ids}-note`} className="us__panel">
          <SealedDropIn
            heading={`A note for ${isolated(partner)}`}
            partners={vault.partners}
            defaultAuthorId={me.profileId}
            journalProfileId={me.profileId}
            headingLevel={3}
            onDone={() => {
              setOpen('none')
              onSealed()
              noteButton.current?.focus()
            }}
            onCancel={() => {
              setOpen('none')
              noteButton.current?.focus()
            }}
          />
        </div>
      )}
    </div>
  )
}
