// "To talk about today": one light question a day for the two of them to talk about, not to
// write (issue 17, item 5). Chosen by the date alone (src/shared/starters.ts), so it is the same
// in both journals all day. Shown on home (with two journals) and on the small talk theme.

import './conversation-starter.css'
import { useId, type CSSProperties } from 'react'
import { conversationStarterOfTheDay } from '../../../shared/starters.ts'
import { themeById } from '../../../shared/themes.ts'
import { ThemeIcon } from './theme-icon.tsx'
import { isolated } from '../../../shared/text-direction.ts'

interface Props {
  /** The day it is for: the screen's own "today", fixed when it opened. */
  today: Date
  /** The other partner, when their journal is here too: the line under it then names them. */
  partnerName?: string | null
}

export function ConversationStarter({ today, partnerName = null }: Props) {
  const id = useId()
  const theme = themeById('small-talk')
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  const who = partnerName ? `you and ${isolated(partnerName)}` : 'the two of you'
  return (
    <section className="talk-today" style={colour} aria-labelledby={id}>
      <h2 id={id} className="talk-today__title">
        <ThemeIcon icon={theme.icon} size={18} />
        To talk about today
      </h2>
      <p className="talk-today__question">{conversationStarterOfTheDay(today)}</p>
      <p className="talk-today__note">
        Something for {who} to chat about over breakfast, or whenever you have a minute together. Nothing to write down; tomorrow brings another.
      </p>
    </section>
  )
}
