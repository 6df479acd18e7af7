// Ending the vault on one's own: since a partner may never come back, one of them can ask, and
// after END_WAIT_DAYS end it from their journal. The other sees it announced on the lock screen
// and in their journal, and opening the vault together cancels it.

import { useState } from 'react'
import { END_VAULT_WORDS, END_WAIT_DAYS, type EndingsStatus } from '../../../../shared/endings.ts'
import { api, problemOf } from '../../api.ts'
import { endDates } from '../../ui/end-request-notice.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { OWN_PASSPHRASE, TypedConfirmForm } from '../../ui/typed-confirm-form.tsx'

interface Props {
  status: EndingsStatus
  onStatus: (status: EndingsStatus) => void
  headingId: string
}

export function VaultEnding({ status, onStatus, headingId }: Props) {
  const [failure, setFailure] = useState<string | null>(null)
  const request = status.request
  const act = async (call: () => Promise<EndingsStatus | null>) => {
    setFailure(null)
    try {
      const next = await call()
      onStatus(next ?? { vaultExists: false, request: null })
    } catch (error) {
      setFailure(problemOf(error).message)
    }
  }

  let body
  if (!request) {
    body = (
      <>
        <p className="settings__lead">
          The best way to end your vault is together: open it with both your parts and choose “End our vault” inside it. If that cannot happen, you can ask to
          end it on your own. Your partner is told on the lock screen and in their journal, and after {END_WAIT_DAYS} days you can end it from here, unless the
          two of you open it together before then.
        </p>
        <div className="actions">
          <button type="button" onClick={() => void act(() => api.endings.askToEnd())}>
            End the vault on my own…
          </button>
        </div>
      </>
    )
  } else if (!request.mine) {
    const { asked, ends } = endDates(request)
    body = (
      <p className="settings__lead">
        <bdi>{request.displayName}</bdi> asked to end your vault on {asked}. It ends on {ends} unless you open it together before then.
      </p>
    )
  } else {
    const { asked, ends } = endDates(request)
    body = (
      <>
        {request.mine.proven ? (
          <p className="settings__lead">
            You asked to end your vault on {asked}. {request.mine.canEndNow ? 'The wait is over: you can end it now.' : `You can end it from ${ends}.`} Opening
            it together before then takes the request back.
          </p>
        ) : (
          <p className="warning-box">
            This request is not the one your journal made (it was changed, or your journal was re-keyed since). Take it back and ask again; the wait starts
            anew.
          </p>
        )}
        {request.mine.canEndNow && (
          <>
            <p className="warning-box">Everything inside goes for good, for both of you: secrets, questions and answers. This cannot be undone.</p>
            <TypedConfirmForm
              label="End our vault on my own"
              words={END_VAULT_WORDS}
              secrets={OWN_PASSPHRASE}
              confirmLabel="End our vault for good"
              busyLabel="Ending…"
              onConfirm={(confirm, { passphrase = '' }) => act(() => api.endings.endAlone({ confirm, passphrase }))}
            />
          </>
        )}
        <div className="actions">
          <button type="button" onClick={() => void act(() => api.endings.withdraw())}>
            Take my request back
          </button>
        </div>
      </>
    )
  }
  return (
    <div className="settings__subsection" aria-labelledby={headingId} role="group">
      <h3 id={headingId}>End our vault</h3>
      {body}
      <ErrorMessage message={failure} />
    </div>
  )
}
