// A set of radio buttons under one legend: arrow keys move between them, as people expect.
// A choice's hint describes it rather than naming it, so its name stays short.

import { useId } from 'react'
import './choice-group.css'

export interface Choice<T extends string> {
  value: T
  label: string
  hint?: string
}

interface Props<T extends string> {
  legend: string
  /** For screen readers only, when a visible heading already says it. */
  legendHidden?: boolean
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
}

export function ChoiceGroup<T extends string>({ legend, legendHidden = false, choices, value, onChange }: Props<T>) {
  const name = useId()
  return (
    <fieldset className="choices">
      <legend className={legendHidden ? 'visually-hidden' : undefined}>{legend}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`
        return (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              aria-labelledby={`${id}-label`}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
            />
            <span id={`${id}-label`} className="choice__label">
              {choice.label}
            </span>
            {choice.hint && (
              <span id={`${id}-hint`} className="choice__hint">
                {choice.hint}
              </span>
            )}
          </label>
        )
      })}
    </fieldset>
  )
}
