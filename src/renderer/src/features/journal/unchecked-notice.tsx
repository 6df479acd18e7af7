// Home's notice when some reflections could not be checked against the journal's record (part of
// it was changed outside Sevenfold and was learnt again from the reflections themselves): they
// are shown, but one may be an older version put back. It names them (the newest first, up to
// what can be kept in one go), so their owner can look, then keep those named or restore a
// backup; keeping never covers one that was not named. Says nothing when everything was checked.

import { useId, useState } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { UNCHECKED_NAMED } from '../../../../shared/unchecked.ts'
import { api, problemOf } from '../../api.ts'
import { formatDay } from '../../ui/dates.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useNavigate } from '../../ui/navigation.ts'
import { useLoad } from '../../ui/use-load.ts'

/** The open journal's reflections that its record could not vouch for, newest first as listed. */
async function uncheckedReflections(): Promise<ReflectionHeader[]> {
  const [status, list] = await Promise.all([api.app.status(), api.reflections.list()])
  const ids = new Set(status.uncheckedReflections)
  return list.filter((r) => ids.has(r.id))
}

export function UncheckedNotice() {
  const id = useId()
  const go = useNavigate()
  const [problem, setProblem] = useState<string | null>(null)
  const { loaded, reload } = useLoad(uncheckedReflections, 'unchecked')
  // A notice, not the screen: if it cannot be read it says nothing, and home says the rest.
  const unchecked = loaded.state === 'ready' ? loaded.value : []

  const named = unchecked.slice(0, UNCHECKED_NAMED)
  const keep = () => {
    setProblem(null)
    api.reflections
      .confirmUnchecked({ ids: named.map((r) => r.id) })
      // The next ones, if there were more than could be named.
      .then(reload)
      .catch((error: unknown) => setProblem(problemOf(error).message))
  }

  const count = unchecked.length
  if (count === 0) return null
  const one = count === 1
  return (
    <section className="home-notice" aria-labelledby={id}>
      <h2 id={id}>{one ? 'One reflection could not be checked' : `${count} reflections could not be checked`}</h2>
      <p>
        Part of your journal’s record was changed outside Sevenfold, so {one ? 'this reflection is' : 'these are'} shown as found.{' '}
        {one ? 'It may be' : 'Any of them may be'} an older version put back, or one you had deleted. If {one ? 'it is' : 'they are'} as you left{' '}
        {one ? 'it' : 'them'}, keep {one ? 'it' : 'them'}; if not, restore a backup from before the change.
      </p>
      <ul className="home-notice__list">
        {named.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className="home-notice__open"
              onClick={() => go({ name: 'editor', themeId: r.themeId, reflectionId: r.id, from: { name: 'home' } })}
            >
              {r.title.trim() ? <bdi>{r.title.trim()}</bdi> : 'Untitled'}
            </button>
            <span className="home-notice__date"> · {formatDay(r.date)}</span>
          </li>
        ))}
      </ul>
      {count > named.length && (
        <p>
          These are the newest {named.length}; the other {count - named.length} come next.
        </p>
      )}
      <ErrorMessage message={problem} />
      <button type="button" onClick={keep}>
        {one ? 'It is as I left it' : count > named.length ? `These ${named.length} are as I left them` : 'They are as I left them'}
      </button>
    </section>
  )
}
