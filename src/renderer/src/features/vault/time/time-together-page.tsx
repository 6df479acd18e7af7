// Time together, a page of the open vault (issue 17, item 4): what is planned this week, the
// list of ideas for the two of them (ours to begin with, theirs added, and those dropped in
// sealed while it was locked, marked new), and what they did, newest first. From a time logged,
// the partner whose journal is open can write about it there, privately. Reached from a search's
// hit, the idea or time it found is scrolled to, marked and focused once the list is in.

import './time-together.css'
import { useCallback, useEffect, useId, useRef, useState, type CSSProperties } from 'react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import { localDate } from '../../../../../shared/dates.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { weekStartOf, type TogetherIdea, type TogetherTime } from '../../../../../shared/time-together.ts'
import { api } from '../../../api.ts'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import { formatDay } from '../../../ui/dates.ts'
import { ErrorMessage } from '../../../ui/error-message.tsx'
import { useFocusOnMount } from '../../../ui/use-focus-on-mount.ts'
import { IdeaList } from './idea-list.tsx'
import { ThisWeek } from './this-week.tsx'
import { useTimeTogether } from './use-time-together.ts'
import { WhatWeDid } from './what-we-did.tsx'
import { isolated } from '../../../../../shared/text-direction.ts'

/** The page wears the quality-time theme's colour, inside the vault's. */
export const TIME_ACCENT = { '--theme-colour': themeById('quality-time').colour } as CSSProperties

interface Props {
  partners: readonly VaultPartner[]
  /** The partner whose journal is open behind the vault, if any: they may write about a time there. */
  writer: VaultPartner | null
  /** The idea or time together to show (found by a search). */
  itemId?: string | undefined
  onBack: () => void
  onLocked: () => void
  onWriteAbout: (time: TogetherTime) => void
}

type Removing = { kind: 'idea'; idea: TogetherIdea } | { kind: 'time'; time: TogetherTime }

export function TimeTogetherPage({ partners, writer, itemId, onBack, onLocked, onWriteAbout }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const weekHeading = useRef<HTMLHeadingElement>(null)
  const ideasHeading = useRef<HTMLHeadingElement>(null)
  const logHeading = useRef<HTMLHeadingElement>(null)
  const { listing, busy, problem, change } = useTimeTogether(onLocked)
  useShowItem(itemId, listing.state === 'ready')
  const [said, setSaid] = useState('')
  const [removing, setRemoving] = useState<Removing | null>(null)
  // Fixed when the page opens, so the week does not turn under their eyes at midnight on Sunday.
  const [week] = useState(() => weekStartOf(new Date()))

  const act = useCallback(
    async (call: () => Promise<Awaited<ReturnType<typeof api.vaultTime.list>>>, done: string, focus?: HTMLElement | null) => {
      setSaid('')
      const ok = await change(call)
      if (!ok) return false
      setSaid(done)
      focus?.focus()
      return true
    },
    [change]
  )

  const remove = async (what: Removing) => {
    if (what.kind === 'idea') await act(() => api.vaultTime.removeIdea({ id: what.idea.id }), `Removed “${isolated(what.idea.text)}” from your ideas.`)
    else await act(() => api.vaultTime.removeLog({ id: what.time.id }), `Removed “${isolated(what.time.what)}” from what you did.`)
    // The dialog goes (whatever the answer, said on the page), and focus lands on the list it was in.
    setRemoving(null)
    requestAnimationFrame(() => (what.kind === 'idea' ? ideasHeading : logHeading).current?.focus())
  }

  const time = listing.state === 'ready' ? listing.time : null
  return (
    <div className="time-together" style={TIME_ACCENT}>
      <div className="vault-settings__bar">
        <button type="button" className="quiet back" onClick={onBack}>
          ← Back to the vault
        </button>
      </div>
      <h1 ref={headingRef} tabIndex={-1}>
        Time together
      </h1>
      <p className="lead">
        Things to do together, what you would like to do this week, and the times you have had. Plan as much or as little as suits you: nothing here keeps
        score.
      </p>
      <p className="time-together__said" role="status">
        {said}
      </p>
      <ErrorMessage message={problem} />
      {listing.state === 'loading' && <p aria-busy="true" className="time-together__loading" />}
      {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
      {time && (
        <>
          <ThisWeek
            headingId={`${ids}-week`}
            headingRef={weekHeading}
            week={week}
            time={time}
            onDone={(idea) =>
              void act(
                () => api.vaultTime.log({ date: localDate(), what: idea.text, ideaId: idea.id }),
                `Added to what you did, today: “${isolated(idea.text)}”.`,
                weekHeading.current
              )
            }
            onNotThisWeek={(idea) =>
              void act(() => api.vaultTime.plan({ id: idea.id, week: null }), `“${isolated(idea.text)}” is no longer planned for this week.`)
            }
          />
          <IdeaList
            headingId={`${ids}-ideas`}
            headingRef={ideasHeading}
            ideas={time.ideas}
            foundId={itemId}
            waiting={time.waitingIdeas}
            partners={partners}
            week={week}
            onAdd={(text) => act(() => api.vaultTime.addIdea({ text }), `Added “${isolated(text.trim())}” to your ideas.`)}
            onPlan={(idea, planned) =>
              void act(
                () => api.vaultTime.plan({ id: idea.id, week: planned ? week : null }),
                planned ? `“${isolated(idea.text)}” is planned for this week.` : `“${isolated(idea.text)}” is no longer planned for this week.`
              )
            }
            onRemove={(idea) => setRemoving({ kind: 'idea', idea })}
          />
          <WhatWeDid
            headingId={`${ids}-log`}
            headingRef={logHeading}
            log={time.log}
            foundId={itemId}
            writer={writer}
            onLog={(date, what) => act(() => api.vaultTime.log({ date, what }), `Added to what you did, on ${formatDay(date)}: “${isolated(what.trim())}”.`)}
            onWriteAbout={onWriteAbout}
            onRemove={(entry) => setRemoving({ kind: 'time', time: entry })}
          />
        </>
      )}
      {removing && (
        <ConfirmDialog
          title={removing.kind === 'idea' ? 'Remove this idea?' : 'Remove this time?'}
          text={
            removing.kind === 'idea'
              ? `“${isolated(removing.idea.text)}” will be gone from your ideas, for both of you.`
              : `“${isolated(removing.time.what)}” on ${formatDay(removing.time.date)} will be gone from what you did, for both of you.`
          }
          confirmLabel="Remove"
          cancelLabel="Keep it"
          danger
          busy={busy}
          onConfirm={() => void remove(removing)}
          onCancel={() => setRemoving(null)}
        />
      )}
    </div>
  )
}

/** Once the list is in: the row of `itemId` (marked by its list as found) in view and focused, if it is still there. */
function useShowItem(itemId: string | undefined, ready: boolean): void {
  const shown = useRef(false)
  useEffect(() => {
    if (!itemId || !ready || shown.current) return
    shown.current = true
    const row = document.querySelector<HTMLElement>(`.time-together [data-time-id="${CSS.escape(itemId)}"]`)
    row?.scrollIntoView({ block: 'center' })
    row?.focus({ preventScroll: true })
  }, [itemId, ready])
}
