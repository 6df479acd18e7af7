// How far a re-key has come, while one runs (changing the passphrase with "re-key", or a
// recovery): the main process answers rekeyProgress even while it holds everything else back.

import { useEffect, useState } from 'react'
import { api } from '../api.ts'
import './rekey-progress.css'

const EVERY_MS = 250

export function RekeyProgress({ active }: { active: boolean }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  useEffect(() => {
    if (!active) return setProgress(null)
    let live = true
    const ask = () =>
      api.session.rekeyProgress().then(
        (now) => live && setProgress(now),
        () => undefined
      )
    const timer = setInterval(() => void ask(), EVERY_MS)
    void ask()
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [active])
  if (!active) return null
  const number = new Intl.NumberFormat()
  const text =
    progress && progress.total > 0
      ? `Encrypting your journal again: ${number.format(progress.done)} of ${number.format(progress.total)} reflections.`
      : 'Encrypting your journal again under a new key…'
  return (
    <div className="rekey-progress" role="status">
      <progress max={progress?.total || 1} value={progress?.total ? progress.done : undefined} aria-label="Re-keying your journal" />
      <p>{text} Keep Sevenfold open until it is done.</p>
    </div>
  )
}
