// What spell checking this computer gives, in a line: Sevenfold downloads no dictionary, so on
// Linux there is none (src/shared/spelling.ts decides it, for the shell as well).

import { useId } from 'react'
import { platformOfNavigator, SPELLING_NOTES, spellingSystem } from '../../../../shared/spelling.ts'

export function SpellingSection() {
  const ids = useId()
  const note = SPELLING_NOTES[spellingSystem(platformOfNavigator(navigator.platform))]
  return (
    <section className="settings__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Spelling</h2>
      <p className="settings__lead">{note}</p>
    </section>
  )
}
