// The line under a field: a quiet hint, a warning while typing, or an error after they
// tried to go on. An error is a fresh role="alert" element, so screen readers announce it;
// hints and warnings are polite live text, so typing is not interrupted.

export type NoteTone = 'hint' | 'warning' | 'error'

export function FieldNote({ id, text, tone }: { id: string; text: string; tone: NoteTone }) {
  if (tone === 'error') {
    return (
      <p key="error" id={id} className="note note--error" role="alert">
        {text}
      </p>
    )
  }
  return (
    <p key="hint" id={id} className={tone === 'warning' ? 'note note--warning' : 'note'} aria-live="polite">
      {text}
    </p>
  )
}
