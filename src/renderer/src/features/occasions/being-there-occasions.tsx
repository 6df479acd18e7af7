// The being-there theme's moments to be there for (issue 17, item 7): a form to note something
// coming up in the partner's life, and the moments noted, those to come (soonest first) apart
// from those that have been (latest first), each with what can be done with it.

import { useEffect, useId, useRef, useState } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { occasionStage } from '../../../../shared/occasions.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { usePartnerName } from '../../ui/use-partner-name.ts'
import { OccasionEntry } from './occasion-entry.tsx'
import { OccasionForm } from './occasion-form.tsx'
import { partnerWords } from './occasion-words.ts'
import { useOccasions } from './use-occasions.ts'
import './occasions.css'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  today: Date
  /** The occasion to show first (one opened from search or the calendar). */
  initialId?: string | undefined
}

export function BeingThereOccasions({ today, initialId }: Props) {
  const ids = useId()
  const partner = usePartnerName()
  const { loaded, list, put, drop } = useOccasions()
  const [focusId, setFocusId] = useState(initialId)
  const [said, setSaid] = useState('')
  const listHeading = useRef<HTMLHeadingElement>(null)
  // After a delete, once its dialog has closed (while it is open the page is inert).
  const [deletedCount, setDeletedCount] = useState(0)
  useEffect(() => {
    if (deletedCount > 0) listHeading.current?.focus()
  }, [deletedCount])
  const coming = list.filter((o) => occasionStage(o.on, today).days >= 0)
  const been = list.filter((o) => occasionStage(o.on, today).days < 0).reverse()

  const changed = (occasion: Occasion) => {
    put(occasion)
    setFocusId(occasion.id)
    setSaid('')
  }
  const noted = (occasion: Occasion) => {
    put(occasion)
    setSaid(`Noted: “${isolated(occasion.what)}”. Home brings it back on the day.`)
  }
  const deleted = (id: string) => {
    drop(id)
    setSaid('Deleted.')
    setDeletedCount((n) => n + 1)
  }

  const entries = (occasions: readonly Occasion[]) => (
    <ul className="occasion-list">
      {occasions.map((occasion) => (
        <OccasionEntry
          key={occasion.id}
          occasion={occasion}
          partner={partner}
          today={today}
          focused={occasion.id === focusId}
          onChanged={changed}
          onDeleted={deleted}
        />
      ))}
    </ul>
  )

  return (
    <section className="being-there" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Moments to be there for</h2>
      <div className="being-there__cards">
        <div className="being-there__card">
          <OccasionForm partner={partner} onSaved={noted} />
          <p className="being-there__said" role="status">
            {said}
          </p>
        </div>
        <div className="being-there__card" aria-busy={loaded.state === 'loading'}>
          <h3 ref={listHeading} tabIndex={-1}>
            Coming up for {partnerWords(partner)}
          </h3>
          {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
          {loaded.state === 'ready' && coming.length === 0 && (
            <p className="being-there__none">Nothing noted yet. Whenever something comes up, note it here.</p>
          )}
          {coming.length > 0 && entries(coming)}
          {been.length > 0 && (
            <>
              <h3>Earlier</h3>
              {entries(been)}
            </>
          )}
        </div>
      </div>
    </section>
  )
}
