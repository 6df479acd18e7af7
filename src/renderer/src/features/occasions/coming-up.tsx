// Home's "Being there for Ben": the moments noted in Ben's life that are coming up this week,
// and, on the day and for two weeks after, a reminder to ask how it went, with the follow-up's
// prompts. Nothing shows when there is nothing to bring up, and nothing counts what was missed.

import { useId, useRef, useState, type CSSProperties } from 'react'
import type { Occasion } from '../../../../shared/contract.ts'
import { isOnHome, occasionStage } from '../../../../shared/occasions.ts'
import { themeById } from '../../../../shared/themes.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { useNavigate } from '../../ui/navigation.ts'
import { ComingUpItem } from './coming-up-item.tsx'
import { partnerWords } from './occasion-words.ts'
import { useOccasions } from './use-occasions.ts'
import './occasions.css'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  /** The other partner's name, or null with one journal ("your partner"). */
  partner: string | null
  /** Home's own "today", fixed when it opened. */
  today: Date
}

export function ComingUp({ partner, today }: Props) {
  const id = useId()
  const go = useNavigate()
  const { list, put } = useOccasions()
  const [said, setSaid] = useState('')
  const headingRef = useRef<HTMLHeadingElement>(null)
  const theme = themeById('being-there')
  // The days that have come first (to ask about), most recent first; then what is coming, soonest first.
  const shown = list
    .filter((o) => isOnHome(o, today))
    .map((o) => ({ occasion: o, days: occasionStage(o.on, today).days }))
    .sort((a, b) => (a.days <= 0 && b.days <= 0 ? b.days - a.days : a.days <= 0 ? -1 : b.days <= 0 ? 1 : a.days - b.days))
  // Said once one is put aside (it leaves the list), and the section stays for that sentence.
  if (shown.length === 0 && said === '') return null
  const putAside = (occasion: Occasion) => {
    put(occasion)
    setSaid(`“${isolated(occasion.what)}” is put aside. It stays with the others on the being-there page.`)
    headingRef.current?.focus()
  }
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  return (
    <section className="coming-up" style={colour} aria-labelledby={id}>
      <div className="coming-up__head">
        <h2 id={id} ref={headingRef} tabIndex={-1} className="coming-up__title">
          <ThemeIcon icon={theme.icon} size={18} />
          Being there for {partnerWords(partner)}
        </h2>
        <button type="button" className="link-button coming-up__all" onClick={() => go({ name: 'theme', themeId: 'being-there' })}>
          All the moments you noted
        </button>
      </div>
      {shown.length > 0 && (
        <ul className="coming-up__list">
          {shown.map(({ occasion }) => (
            <ComingUpItem key={occasion.id} occasion={occasion} partner={partner} today={today} onPutAside={putAside} />
          ))}
        </ul>
      )}
      <p className="coming-up__said" role="status">
        {said}
      </p>
    </section>
  )
}
