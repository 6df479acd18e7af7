// "A prompt for today": one prompt from all seven themes, a different one each day.

import { useId, type CSSProperties } from 'react'
import { promptOfTheDay, themeById } from '../../../../shared/themes.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { useNavigate } from '../../ui/navigation.ts'

export function PromptOfTheDay({ today }: { today: Date }) {
  const id = useId()
  const go = useNavigate()
  const { themeId, prompt } = promptOfTheDay(today)
  const theme = themeById(themeId)
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  return (
    <section className="daily-prompt" style={colour} aria-labelledby={id}>
      <h2 id={id}>A prompt for today</h2>
      <p className="daily-prompt__theme">
        <ThemeIcon icon={theme.icon} size={18} />
        {theme.title}
      </p>
      <p className="daily-prompt__text">{prompt}</p>
      <button type="button" className="primary" onClick={() => go({ name: 'editor', themeId, prompt })}>
        Write about this
      </button>
    </section>
  )
}
