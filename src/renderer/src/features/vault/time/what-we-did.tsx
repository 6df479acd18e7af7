// "What we did": a line and a day to note a time together, then the times noted, newest first.
// From each, the partner whose journal is open behind the vault can write about it there: the
// vault closes first, since what they write is theirs alone, and the words never come back here.
// The time a search found is marked, and can take focus.

import { useId, useState, type FormEvent, type RefObject } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { localDate } from '../../../../../shared/dates.ts'
import { TIME_LOG_MAX, TIME_TEXT_MAX, type TogetherTime } from '../../../../../shared/time-together.ts'
import { formatDayWithWeekday } from '../../../ui/dates.ts'
import { foundProps } from './found-row.ts'
import { isolated } from '../../../../../shared/text-direction.ts'

interface Props {
  headingId: string
  headingRef: RefObject<HTMLHeadingElement | null>
  log: readonly TogetherTime[]
  /** The time a search found, if one did. */
  foundId?: string | undefined
  writer: VaultPartner | null
  /** Resolves true once it is noted. */
  onLog: (date: string, what: string) => Promise<boolean>
  onWriteAbout: (time: TogetherTime) => void
  onRemove: (time: TogetherTime) => void
}

export function WhatWeDid({ headingId, headingRef, log, foundId, writer, onLog, onWriteAbout, onRemove }: Props) {
  const ids = useId()
  return (
    <section className="vault-section time-log" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        What we did
      </h2>
      <LogForm onLog={onLog} />
      {log.length >= TIME_LOG_MAX && (
        <p className="time-together__hint">
          This holds {TIME_LOG_MAX.toLocaleString('en-GB')} times together, as many as it keeps. To note another, remove an old one.
        </p>
      )}
      {log.length === 0 ? (
        <p className="vault-empty">When you have had some time together, note it here: what you did, and when.</p>
      ) : (
        <>
          <p id={`${ids}-private`} className="time-together__hint">
            {writer
              ? `Writing about one of these closes the vault and opens a new reflection in ${isolated(writer.displayName)}’s journal, for ${isolated(writer.displayName)} alone.`
              : 'To write about one of these in your own journal, open the vault from your journal next time.'}
          </p>
          <ul className="time-list" aria-labelledby={headingId}>
            {log.map((time) => (
              <li key={time.id} {...foundProps(time.id, foundId)} className={time.id === foundId ? 'time-row time-row--found' : 'time-row'}>
                <span className="time-row__words">
                  <span className="time-row__day">{formatDayWithWeekday(time.date)}</span>
                  <bdi className="time-row__text">{time.what}</bdi>
                </span>
                <span className="time-row__actions">
                  {writer && (
                    <button type="button" className="quiet" aria-describedby={`${ids}-private`} onClick={() => onWriteAbout(time)}>
                      Write about it in <bdi>{writer.displayName}</bdi>’s journal<span className="visually-hidden"> “{time.what}”</span>
                    </button>
                  )}
                  <button type="button" className="quiet" onClick={() => onRemove(time)}>
                    Remove…<span className="visually-hidden"> “{time.what}”</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}

function LogForm({ onLog }: { onLog: (date: string, what: string) => Promise<boolean> }) {
  const id = useId()
  const [what, setWhat] = useState('')
  const [date, setDate] = useState(() => localDate())
  const [refusal, setRefusal] = useState<string | null>(null)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const today = localDate()
    const problem =
      what.trim() === '' ? 'Say in a few words what you did.' : !date ? 'Choose the day it was.' : date > today ? 'Choose today or a day before.' : null
    setRefusal(problem)
    if (problem) return
    if (await onLog(date, what)) {
      setWhat('')
      setDate(today)
    }
  }
  return (
    <form className="time-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="time-form__row">
        <div className="time-form__field time-form__field--wide">
          <label htmlFor={`${id}-what`}>What did you do together?</label>
          <input
            id={`${id}-what`}
            dir="auto"
            type="text"
            maxLength={TIME_TEXT_MAX}
            autoComplete="off"
            value={what}
            aria-describedby={refusal ? `${id}-refusal` : undefined}
            onChange={(event) => {
              setWhat(event.target.value)
              setRefusal(null)
            }}
          />
        </div>
        <div className="time-form__field">
          <label htmlFor={`${id}-date`}>When</label>
          <input
            id={`${id}-date`}
            type="date"
            max={localDate()}
            value={date}
            onChange={(event) => {
              setDate(event.target.value)
              setRefusal(null)
            }}
          />
        </div>
        <button type="submit">Add to what we did</button>
      </div>
      {refusal && (
        <p id={`${id}-refusal`} className="note note--error" role="alert">
          {refusal}
        </p>
      )}
    </form>
  )
}
