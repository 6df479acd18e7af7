// A theme's prompts, each a way into a new reflection that starts from it.

import { useId } from 'react'
import type { Theme } from '../../../../shared/themes.ts'

export function ThemePrompts({ theme, onChoose }: { theme: Theme; onChoose: (prompt: string) => void }) {
  const id = useId()
  return (
    <section className="theme-prompts" aria-labelledby={id}>
      <h2 id={id}>Start from a prompt</h2>
      <ul className="theme-prompts__list">
        {theme.prompts.map((prompt) => (
          <li key={prompt}>
            <button type="button" className="theme-prompt" onClick={() => onChoose(prompt)}>
              {prompt}
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
