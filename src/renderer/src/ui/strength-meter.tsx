// The strength meter under a new passphrase, and the hook that loads its checker. zxcvbn and
// its dictionaries are a large download, so they are fetched only once someone starts typing
// a new passphrase; until then the fields show the length rule alone.

import { useEffect, useState } from 'react'
import { loadStrengthChecker, type Strength, type StrengthChecker } from '../../../shared/passphrase-strength.ts'
import './strength-meter.css'

// One load per window, shared by every form that asks (first run, recovery, settings).
let loaded: StrengthChecker | null = null
let loading: Promise<StrengthChecker> | null = null

/** The checker if it has loaded already (for checks outside React, like on submit). */
export function loadedStrengthChecker(): StrengthChecker | null {
  return loaded
}

/** Starts loading the checker once `wanted` turns true; null until it is ready. */
export function useStrengthChecker(wanted: boolean): StrengthChecker | null {
  // Wrapped, because useState would call a function given directly as its initial value.
  const [checker, setChecker] = useState<StrengthChecker | null>(() => loaded)
  useEffect(() => {
    if (!wanted || checker) return
    let live = true
    loading ??= loadStrengthChecker().then((ready) => (loaded = ready))
    // If it cannot load, the length rule stays and the main process still checks strength.
    loading.then(
      (ready) => live && setChecker(() => ready),
      () => (loading = null)
    )
    return () => {
      live = false
    }
  }, [wanted, checker])
  return checker
}

const SEGMENTS = [1, 2, 3, 4] as const

export function StrengthMeter({ strength }: { strength: Strength }) {
  return (
    <div className={`strength strength--${strength.level}`}>
      <div
        className="strength__bar"
        role="meter"
        aria-label="Passphrase strength"
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={strength.level}
        aria-valuetext={strength.label}
      >
        {SEGMENTS.map((segment) => (
          <span key={segment} className={segment <= strength.level ? 'strength__segment strength__segment--on' : 'strength__segment'} />
        ))}
      </div>
      <span className="strength__label" aria-hidden="true">
        {strength.label}
      </span>
    </div>
  )
}
