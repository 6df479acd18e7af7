// "How it looks": what goes on the pages, colour or greys, paper and margins.
// Starts from DEFAULT_PRINT_OPTIONS each time the screen opens.

import { useId } from 'react'
import type { Margins, PaperSize, PrintOptions } from '../../../../shared/print.ts'
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

type Flag = 'titlePage' | 'tableOfContents' | 'pageNumbers' | 'includeEmptyThemes'

interface Props {
  options: PrintOptions
  onChange: (patch: Partial<PrintOptions>) => void
  /** Empty themes matter only where a scope spans every theme (two days, chosen reflections). */
  offerEmptyThemes: boolean
}

function Check({ flag, label, hint, options, onChange }: { flag: Flag; label: string; hint: string } & Omit<Props, 'offerEmptyThemes'>) {
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

export function PrintOptionsFields({ options, onChange, offerEmptyThemes }: Props) {
  const common = { options, onChange }
  return (
    <>
      <fieldset className="print-checks">
        <legend>On the pages</legend>
        <Check flag="titlePage" label="A title page" hint="The name, and the days it covers" {...common} />
        <Check flag="tableOfContents" label="Table of contents" hint="Every heading with its page number" {...common} />
        <Check flag="pageNumbers" label="Page numbers and running header" hint="A number at the foot, the journal and chapter at the top" {...common} />
        {offerEmptyThemes && <Check flag="includeEmptyThemes" label="Themes with nothing in them" hint="Their chapter says so in a line" {...common} />}
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
