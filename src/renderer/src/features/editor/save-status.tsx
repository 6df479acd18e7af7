// Whether the reflection is safe on disk. A failed save says why and that the text is still here.

import type { SaveState } from './autosave.ts'

const LABELS: Record<SaveState['kind'], string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved'
}

export function SaveStatus({ state }: { state: SaveState }) {
  return (
    <p role="status" className={`save-status save-status--${state.kind}`}>
      {LABELS[state.kind]}
    </p>
  )
}

export function SaveProblem({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  if (state.kind !== 'failed') return null
  return (
    <div className="save-problem">
      <p className="error" role="alert">
        Not saved: {state.message.replace(/\.$/, '')}. Your text is still here; it will be saved when you keep typing or try again.
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  )
}
