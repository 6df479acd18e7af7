// Today's check-in: three short lines, saved with one button (a minute's writing, not a
// reflection that autosaves). Saving again the same day changes that day's. Once saved, the
// third line can be sealed into the vault for the partner ("Tell Ben in the vault…").

import { useId, useState, type FormEvent } from 'react'
import { CHECK_IN_KEYS, CHECK_IN_LINE_MAX, type CheckInLines } from '../../../../shared/check-ins.ts'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { usePracticeSave } from '../../ui/use-practice-save.ts'
import { useSharePartner } from '../../ui/use-share-partner.ts'
import { isolated } from '../../../../shared/text-direction.ts'

const EMPTY: CheckInLines = { forward: '', heard: '', tell: '' }

function questions(partner: string | null): Record<keyof CheckInLines, string> {
  return {
    forward: 'What are you looking forward to today?',
    heard: 'Something you read, watched or heard',
    tell: `A small thing you would like to tell ${isolated(partner ?? 'your partner')}`
  }
}

const shareDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

interface Props {
  /** Today's check-in, if one was saved. */
  saved: ReflectionHeader | null
  onSaved: (header: ReflectionHeader) => void
}

export function CheckInForm({ saved, onSaved }: Props) {
  const ids = useId()
  const partner = useSharePartner()
  const [lines, setLines] = useState<CheckInLines>(saved?.checkIn ?? EMPTY)
  const { state, setState, sharing, setSharing, problem, setProblem, ...saving } = usePracticeSave(onSaved)
  const labels = questions(partner)
  const blank = CHECK_IN_KEYS.every((key) => lines[key].trim() === '')
  const unchanged = saved?.checkIn !== undefined && CHECK_IN_KEYS.every((key) => lines[key].trim() === saved.checkIn![key])

  const save = async (event: FormEvent) => {
    event.preventDefault()
    if (blank) return setProblem('Write at least one of the three lines first.')
    await saving.save(() => api.checkIns.save({ lines }))
  }

  const share = async () => {
    if (saved) await saving.share(() => api.vaultShared.shareCheckIn({ id: saved.id }))
  }

  const canTell = partner !== null && saved !== null && unchanged && saved.checkIn!.tell !== ''
  return (
    <form className="check-in-form" onSubmit={(event) => void save(event)} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{saved ? 'Your check-in today' : 'Check in for today'}</h2>
      <p className="check-in-form__note">A minute, three short lines, all of them optional. They stay in your journal.</p>
      {CHECK_IN_KEYS.map((key) => (
        <div key={key} className="check-in-form__line">
          <label htmlFor={`${ids}-${key}`}>{labels[key]}</label>
          <input
            id={`${ids}-${key}`}
            dir="auto"
            type="text"
            value={lines[key]}
            maxLength={CHECK_IN_LINE_MAX}
            autoComplete="off"
            onChange={(event) => {
              setLines({ ...lines, [key]: event.target.value })
              setState('idle')
            }}
          />
        </div>
      ))}
      <div className="check-in-form__actions">
        <button type="submit" className="primary">
          {saved ? 'Save changes' : 'Save my check-in'}
        </button>
        {canTell && (
          <button type="button" onClick={() => setSharing('asking')}>
            Tell <bdi>{partner}</bdi> in the vault…
          </button>
        )}
        <p role="status" className="check-in-form__status">
          {state === 'saving' ? 'Saving…' : state === 'saved' ? 'Saved' : ''}
        </p>
      </div>
      {saved?.sharedAt && (
        <p className="check-in-form__shared">
          Last told {partner ?? 'your partner'} in the vault on {shareDay.format(new Date(saved.sharedAt))}
        </p>
      )}
      {problem && <ErrorMessage message={problem} />}
      {sharing !== 'no' && partner && saved?.checkIn && (
        <ConfirmDialog
          title={`Tell ${isolated(partner)} in the vault?`}
          text={`Your third line, “${isolated(saved.checkIn.tell)}”, is sealed into your vault for ${isolated(partner)}, to read when the two of you open it together. The other two lines stay here. Once sealed, you cannot take it back on your own.`}
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
