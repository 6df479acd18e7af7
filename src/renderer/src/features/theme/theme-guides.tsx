// A theme's guided templates: each starts a new reflection with its structure already in
// place (issue 17, item 1). Each card's button is named by its title and described by its one line.

import { useId } from 'react'
import { templatesFor, type ReflectionTemplate } from '../../../../shared/templates.ts'
import type { ThemeId } from '../../../../shared/themes.ts'
import './theme-guides.css'

export function ThemeGuides({ themeId, onChoose }: { themeId: ThemeId; onChoose: (template: ReflectionTemplate) => void }) {
  const id = useId()
  const templates = templatesFor(themeId)
  if (templates.length === 0) return null
  return (
    <section className="theme-guides" aria-labelledby={id}>
      <h2 id={id}>Start from a guide</h2>
      <ul className="theme-guides__list">
        {templates.map((template) => (
          <li key={template.id} className="theme-guide">
            {/* Its ::after stretches over the card, so a click anywhere on the card starts the guide. */}
            <button type="button" className="theme-guide__start" aria-describedby={`${id}-${template.id}`} onClick={() => onChoose(template)}>
              {template.title}
            </button>
            <p id={`${id}-${template.id}`} className="theme-guide__about">
              {template.description}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
