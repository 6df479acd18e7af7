// One partner's card on the lock screen. After repeated wrong tries the main process asks
// for a wait (retryAfterMs); the button rests until then so the wait is visible, not a surprise.
// A forgotten passphrase turns the card into the recovery form (recover-form.tsx).

import { useEffect, useId, useState, type FormEvent } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { RecoverForm } from './recover-form.tsx'
import './lock.css'

interface Props {
  profile: ProfileSummary
  autoFocus: boolean
  onUnlocked: () => void
  /** Opened with the recovery code: the new code, to show once. */
  onRecovered: (recoveryCode: string) => void
}

export function PartnerCard({ profile, autoFocus, onUnlocked, onRecovered }: Props) {
  const ids = useId()
  const fieldRef = useFocusOnMount<HTMLInputElement>(autoFocus)
  const [passphrase, setPassphrase] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [waitUntil, setWaitUntil] = useState(0)
  const [recovering, setRecovering] = useState(false)

  useEffect(() => {
    if (waitUntil === 0) return
    const timer = setTimeout(() => setWaitUntil(0), Math.max(0, waitUntil - Date.now()))
    return () => clearTimeout(timer)
  }, [waitUntil])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (passphrase.length === 0) {
      setError('Enter your passphrase.')
      fieldRef.current?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      await api.session.unlock({ profileId: profile.id, passphrase })
      setPassphrase('')
      onUnlocked()
    } catch (failure) {
      const problem = problemOf(failure)
      setBusy(false)
      setPassphrase('')
      setError(problem.message)
      if (problem.retryAfterMs) setWaitUntil(Date.now() + problem.retryAfterMs)
      fieldRef.current?.focus()
    }
  }

  const leaveRecovery = () => {
    setRecovering(false)
    // After React has put the passphrase field back.
    setTimeout(() => fieldRef.current?.focus())
  }

  const waiting = waitUntil > 0
  if (recovering) {
    return (
      <li className="partner-card partner-card--recovering">
        <h2>
          <bdi>{profile.displayName}</bdi>
        </h2>
        <RecoverForm profile={profile} onRecovered={onRecovered} onBack={leaveRecovery} />
      </li>
    )
  }
  return (
    <li className="partner-card">
      <h2 id={`${ids}-name`}>
        <bdi>{profile.displayName}</bdi>
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${ids}-name`}>
        <label htmlFor={`${ids}-pass`}>
          Passphrase
          <span className="visually-hidden">
            {' '}
            for <bdi>{profile.displayName}</bdi>
          </span>
        </label>
        <input
          id={`${ids}-pass`}
          ref={fieldRef}
          type="password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          autoComplete="current-password"
          aria-invalid={error !== null}
          aria-describedby={error ? `${ids}-error` : undefined}
        />
        <ErrorMessage message={error} id={`${ids}-error`} />
        <button type="submit" className="primary" disabled={busy || waiting}>
          {busy ? 'Opening…' : 'Unlock'}
          <span className="visually-hidden">
            {' '}
            <bdi>{profile.displayName}</bdi>'s journal
          </span>
        </button>
      </form>
      <button type="button" className="link-button partner-card__forgot" onClick={() => setRecovering(true)}>
        Forgot? Use your recovery code
        <span className="visually-hidden">
          {' '}
          for <bdi>{profile.displayName}</bdi>
        </span>
      </button>
    </li>
  )
}
