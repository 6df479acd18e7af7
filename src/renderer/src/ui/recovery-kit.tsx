// A one-page recovery kit, printed with window.print() from the screen that shows the code.
// It sits beside the app (a portal into <body>) and is hidden on screen; in print only the kit
// shows (recovery-kit.css). It is added when printing starts (the button, or the system's own
// print) and goes with that screen, so the code is never in the page longer than it already
// was, and it never goes back to the main process to print.

import './recovery-kit.css'
import { useCallback, useEffect, useState, type ReactNode } from 'react'
import { createPortal, flushSync } from 'react-dom'
import { RecoveryCodeGroups } from './recovery-code-groups.tsx'
import { isolated } from '../../../shared/text-direction.ts'

/** Whether the kit is on the page, and `print` to add it and open the print dialog. */
export function useRecoveryKitPrint(): { shown: boolean; print: () => void } {
  const [shown, setShown] = useState(false)
  // Synchronously, so the kit is in the page before the browser lays it out for paper.
  const show = useCallback(() => flushSync(() => setShown(true)), [])
  useEffect(() => {
    window.addEventListener('beforeprint', show)
    return () => window.removeEventListener('beforeprint', show)
  }, [show])
  const print = useCallback(() => {
    show()
    window.print()
  }, [show])
  return { shown, print }
}

interface Props {
  /** What the page is, in so many words, e.g. "Sevenfold: the recovery code for Ana's journal". */
  title: string
  code: string
  /** When this page is needed. */
  when: ReactNode
  /** How to use it, step by step. */
  steps: readonly ReactNode[]
  /** Where to keep it. */
  keep: ReactNode
}

export function RecoveryKit({ title, code, when, steps, keep }: Props) {
  return createPortal(
    <article className="recovery-kit" aria-label="Recovery kit, for printing">
      <p className="recovery-kit__eyebrow">Recovery kit</p>
      <h1 className="recovery-kit__title">{title}</h1>
      <RecoveryCodeGroups code={code} testId="recovery-kit-code" />
      <p className="recovery-kit__forgiving">Capitals, spaces and dashes do not matter when you type it; 0 and O count as the same, and so do 1, I and L.</p>
      <div className="recovery-kit__parts">
        <section>
          <h2>When you need it</h2>
          <p>{when}</p>
        </section>
        <section>
          <h2>How to use it</h2>
          <ol>
            {steps.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </section>
        <section>
          <h2>Where to keep it</h2>
          <p>{keep}</p>
        </section>
      </div>
      <p className="recovery-kit__date">
        Printed on <span className="recovery-kit__line" />
      </p>
    </article>,
    document.body
  )
}

/** The kit for a journal's recovery code. */
export function JournalRecoveryKit({ code, displayName }: { code: string; displayName: string | undefined }) {
  const name = displayName ? isolated(displayName) : undefined
  const journal = name ? `${name}'s journal` : 'your journal'
  return (
    <RecoveryKit
      title={`Sevenfold: the recovery code for ${journal}`}
      code={code}
      when={`If you ever forget the passphrase for ${journal}. Without the passphrase or this code, nobody can open it: not you, and not anyone who could help.`}
      steps={[
        `On Sevenfold's lock screen, under ${name ? `${name}'s name` : 'your name'}, choose “Forgot? Use your recovery code”.`,
        'Type the code above, group by group.',
        'Choose a new passphrase. Sevenfold then gives you a new recovery code and this one stops working, so print the new kit.'
      ]}
      keep="Somewhere safe and away from this computer: with your important papers, or in a drawer that locks. Anyone who has this page and this computer can open the journal, so do not keep a photo of it on your phone."
    />
  )
}
