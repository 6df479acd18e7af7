// "How it looks": in what order, what goes on the pages, colour or greys, paper and margins.
// Starts from DEFAULT_PRINT_OPTIONS each time the screen opens.

import { useId } from 'react'
import type { Arrangement, Margins, PaperSize, PrintOptions } from '../../../../shared/print.ts'
import { ChoiceGroup, type Choice } from '../../ui/choice-group.tsx'

const PAPER_CHOICES: readonly Choice<PaperSize>[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'Letter' },
  { value: 'A5', label: 'A5' }
]

const MARGIN_CHOICES: readonly Choice<Margins>[] = [
  { value: 'narrow', label: 'Narrow' },
  { value: 'normal', label: 'Normal' },
  { value: 'wide', label: 'Wide' }
]

type Colour = 'colours' | 'greys'
const COLOUR_CHOICES: readonly Choice<Colour>[] = [
  { value: 'colours', label: 'Theme colours' },
  { value: 'greys', label: 'Greys' }
]

const ORDER_CHOICES: readonly Choice<Arrangement>[] = [
  { value: 'byDate', label: 'By date', hint: 'Oldest first, a chapter a month' },
  { value: 'byTheme', label: 'By theme', hint: 'A chapter for each theme' }
]

type Flag = 'titlePage' | 'tableOfContents' | 'pageNumbers' | 'includeEmptyThemes' | 'chaptersOnNewPages'

interface Props {
  options: PrintOptions
  onChange: (patch: Partial<PrintOptions>) => void
  /** The order, and empty themes, matter only where a scope spans every theme (two days, chosen reflections). */
  spansThemes: boolean
  /** Whether the book may have more than one chapter (not one reflection, nor one theme). */
  severalChapters: boolean
}

function Check({ flag, label, hint, options, onChange }: { flag: Flag; label: string; hint: string } & Pick<Props, 'options' | 'onChange'>) {
  const id = useId()
  return (
    <label className="print-check">
      <input
        type="checkbox"
        checked={options[flag]}
        onChange={(e) => onChange({ [flag]: e.target.checked })}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-hint`}
      />
      <span id={`${id}-label`} className="print-check__label">
        {label}
      </span>
      <span id={`${id}-hint`} className="print-check__hint">
        {hint}
      </span>
    </label>
  )
}

export function PrintOptionsFields({ options, onChange, spansThemes, severalChapters }: Props) {
  const common = { options, onChange }
  const byTheme = !spansThemes || options.arrangement === 'byTheme'
  return (
    <>
      {spansThemes && (
        <div className="print-order">
          <ChoiceGroup legend="Order" choices={ORDER_CHOICES} value={options.arrangement} onChange={(arrangement) => onChange({ arrangement })} />
        </div>
      )}
      <fieldset className="print-checks">
        <legend>On the pages</legend>
        <Check flag="titlePage" label="A title page" hint="Whose it is, what it holds and the day it was printed" {...common} />
        <Check flag="tableOfContents" label="Table of contents" hint="Every heading with its page number" {...common} />
        <Check flag="pageNumbers" label="Page numbers and running header" hint="A number at the foot, the book's name at the top" {...common} />
        {severalChapters && (
          <Check flag="chaptersOnNewPages" label="Each chapter on a new page" hint="Otherwise a short chapter follows on from the one before" {...common} />
        )}
        {spansThemes && byTheme && <Check flag="includeEmptyThemes" label="Themes with nothing in them" hint="Their chapter says so in a line" {...common} />}
      </fieldset>
      <div className="print-radios">
        <ChoiceGroup
          legend="Chapter headings"
          choices={COLOUR_CHOICES}
          value={options.themeColours ? 'colours' : 'greys'}
          onChange={(colour) => onChange({ themeColours: colour === 'colours' })}
        />
        <ChoiceGroup legend="Paper size" choices={PAPER_CHOICES} value={options.paperSize} onChange={(paperSize) => onChange({ paperSize })} />
        <ChoiceGroup legend="Margins" choices={MARGIN_CHOICES} value={options.margins} onChange={(margins) => onChange({ margins })} />
      </div>
    </>
  )
}
