// The prompt a reflection was started from: a quiet line above its body that stays while
// they write and whenever it is read again, until its writer removes it.

interface Props {
  id: string
  prompt: string
  onRemove: () => void
  readOnly?: boolean
}

export function PromptLine({ id, prompt, onRemove, readOnly = false }: Props) {
  return (
    <div className="prompt-line">
      <p id={id} className="prompt-line__text">
        <span className="prompt-line__label">Started from: </span>
        <bdi>{prompt}</bdi>
      </p>
      {!readOnly && (
        <button type="button" className="prompt-line__remove" aria-label="Remove the prompt" title="Remove the prompt" onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  )
}
