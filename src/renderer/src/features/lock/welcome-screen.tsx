// First run, before any journal: what Sevenfold is, the seven ways it is built around, and
// what stays private, in a few sentences; then the first journal is created.

import { useId, type CSSProperties } from 'react'
import { THEMES } from '../../../../shared/themes.ts'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import './lock.css'
import './welcome.css'

interface Props {
  onBegin: () => void
  /** Bring a backup over from another computer instead. */
  onRestore: () => void
}

export function WelcomeScreen({ onBegin, onRestore }: Props) {
  const ids = useId()
  const beginRef = useFocusOnMount<HTMLButtonElement>()
  return (
    <main className="screen screen--centred">
      <section className="panel welcome" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`}>Welcome to Sevenfold</h1>
        <p className="lead">A journal for the two of you, kept on this computer.</p>
        <p>Couples grow closer in many small ways. Sevenfold gathers seven of them, each with questions to start you writing:</p>
        <ul className="welcome__themes">
          {THEMES.map((theme) => (
            <li key={theme.id} style={{ '--theme-colour': theme.colour } as CSSProperties}>
              <ThemeIcon icon={theme.icon} size={18} className="welcome__icon" />
              {theme.title}
            </li>
          ))}
        </ul>
        <p>
          Each of you keeps a journal of your own, locked with a passphrase only you know: the other cannot open it. What you want to give each other goes into
          a vault that opens only when you are both there, each typing your own part. Nothing ever leaves this computer.
        </p>
        <div className="actions">
          <button ref={beginRef} type="button" className="primary" onClick={onBegin}>
            Begin with my journal
          </button>
        </div>
        <button type="button" className="link-button restore-link" onClick={onRestore}>
          Moving from another computer? Restore from a backup…
        </button>
      </section>
    </main>
  )
}
