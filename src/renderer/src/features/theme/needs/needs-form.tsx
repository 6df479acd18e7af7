// Today's needs check-in: up to three needs in order (of the eight, or in one's own words) and a
// line if one likes, saved with one button; saving again the same day changes that day's. Once
// saved, "Share with Ben…" seals it into the vault, where the two of them read it side by side.

import { useId, useState, type FormEvent } from 'react'
import type { ReflectionHeader } from '../../../../../shared/contract.ts'
import { keptNeeds, sameNeeds, NEEDS_LINE_MAX, type NeedPick } from '../../../../../shared/needs.ts'
import { api } from '../../../api.ts'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { usePracticeSave } from '../../../ui/use-practice-save.ts'
import { useSharePartner } from '../../../ui/use-share-partner.ts'
import { NeedChoices } from './need-choices.tsx'
import { NeedOrder } from './need-order.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

const shareDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

interface Props {
  /** Today's needs check-in, if one was saved. */
  saved: ReflectionHeader | null
  onSaved: (header: ReflectionHeader) => void
}

export function NeedsForm({ saved, onSaved }: Props) {
  const ids = useId()
  const partner = useSharePartner()
  const [top, setTop] = useState<NeedPick[]>(saved?.needs?.top ?? [])
  const [line, setLine] = useState(saved?.needs?.line ?? '')
  const { state, setState, sharing, setSharing, problem, setProblem, ...saving } = usePracticeSave(onSaved)
  const [note, setNote] = useState('')
  const unchanged = saved?.needs !== undefined && sameNeeds(keptNeeds(top, line), saved.needs)
  // Shared since it last changed: sharing marks it without changing it, a save changes it.
  const sharedAsIs = saved?.sharedAt !== undefined && saved.sharedAt >= saved.updatedAt

  const change = (next: NeedPick[]) => {
    setTop(next)
    setNote('')
    setState('idle')
  }

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (top.length === 0) return setProblem('Choose at least one need first, or write one in your own words.')
    setNote('')
    await saving.save(() => api.needs.save({ top, line }))
  }

  const share = async () => {
    if (saved) await saving.share(() => api.vaultShared.shareNeeds({ id: saved.id }))
  }

  const canShare = partner !== null && saved !== null && unchanged && !sharedAsIs
  return (
    <form className="needs-form" onSubmit={(event) => void save(event)} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{saved ? 'Your needs check-in today' : 'What you need right now'}</h2>
      <p className="needs-form__note">A minute, for you. It stays in your journal unless you share it.</p>
      <NeedChoices top={top} onChange={change} note={note} onNote={setNote} />
      <NeedOrder top={top} onChange={change} headingId={`${ids}-order`} />
      <div className="needs-form__line">
        <label htmlFor={`${ids}-line`}>A line about it, if you like</label>
        <input
          id={`${ids}-line`}
          dir="auto"
          type="text"
          value={line}
          maxLength={NEEDS_LINE_MAX}
          autoComplete="off"
          onChange={(event) => {
            setLine(event.target.value)
            setState('idle')
          }}
        />
      </div>
      <div className="needs-form__actions">
        <button type="submit" className="primary">
          {saved ? 'Save changes' : 'Save my check-in'}
        </button>
        {canShare && (
          <button type="button" onClick={() => setSharing('asking')}>
            Share with <bdi>{partner}</bdi>…
          </button>
        )}
        <p role="status" className="needs-form__status">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
        </p>
      </div>
      {saved?.sharedAt && (
        <p className="needs-form__shared">
          {sharedAsIs ? 'Shared' : 'Last shared'} with {partner ?? 'your partner'} on {shareDay.format(new Date(saved.sharedAt))}
          {!sharedAsIs && ', before it last changed'}
        </p>
      )}
      {problem && <ErrorMessage message={problem} />}
      {sharing !== 'no' && partner && saved?.needs && (
        <ConfirmDialog
          title={`Share with ${isolated(partner)}?`}
          text={`${saved.needs.top.length === 1 ? 'Your need' : 'Your needs'}${saved.needs.line ? ' and your line' : ''} ${saved.needs.top.length === 1 && !saved.needs.line ? 'is' : 'are'} sealed into your vault, to read when the two of you open it together. There ${isolated(partner)} can write one thing to do for your first need this week. Once sealed, you cannot take it back on your own.`}
          confirmLabel={`Seal it for ${isolated(partner)}`}
          cancelLabel="Not now"
          busy={sharing === 'busy'}
          onConfirm={() => void share()}
          onCancel={() => setSharing('no')}
        />
      )}
    </form>
  )
}
