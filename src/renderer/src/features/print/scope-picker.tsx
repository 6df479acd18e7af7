// "What to print": the kind of scope, then what it needs: a theme, two days, or ticks in a list.
// The vault is offered only while it is open together; choosing it asks first (print-screen.tsx).

import { useId } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import type { ThemeId } from '../../../../shared/themes.ts'
import { ChoiceGroup, type Choice } from '../../ui/choice-group.tsx'
import { ReflectionChecklist } from './reflection-checklist.tsx'
import { localDate } from '../../../../shared/dates.ts'
import { thisYear, type ScopeDraft, type ScopeKind } from './scope-draft.ts'
import { ThemeOptions } from '../../ui/theme-options.tsx'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  draft: ScopeDraft
  /** The kinds offered here, in order. */
  kinds: readonly ScopeKind[]
  /** The open journal's reflections (null while they load), for the checklist and "Everything". */
  reflections: readonly ReflectionHeader[] | null
  reflectionsFailure: string | null
  onDraft: (patch: Partial<ScopeDraft>) => void
  /** Choosing the vault: the screen asks before it changes the scope. */
  onAskVault: () => void
}

function kindChoices(draft: ScopeDraft, reflections: readonly ReflectionHeader[] | null): Record<ScopeKind, Choice<ScopeKind>> {
  const title = reflections?.find((r) => r.id === draft.reflectionId)?.title.trim()
  return {
    reflection: { value: 'reflection', label: 'This reflection', hint: title ? `“${isolated(title)}”` : 'The one you came from' },
    theme: { value: 'theme', label: 'A theme', hint: 'One chapter' },
    dateRange: { value: 'dateRange', label: 'Between two days', hint: 'Every theme, in that stretch' },
    chosen: { value: 'chosen', label: 'Reflections I choose', hint: 'Tick them in a list' },
    vault: { value: 'vault', label: "Our vault's secrets", hint: 'While it is open together' }
  }
}

function everything(reflections: readonly ReflectionHeader[] | null): { from: string; to: string } {
  const days = (reflections ?? []).map((r) => r.date).sort()
  const today = localDate()
  return { from: days[0] ?? today, to: days.at(-1) ?? today }
}

export function ScopePicker({ draft, kinds, reflections, reflectionsFailure, onDraft, onAskVault }: Props) {
  const ids = useId()
  const choices = kindChoices(draft, reflections)
  const year = new Date().getFullYear()

  return (
    <div className="print-scope">
      <ChoiceGroup
        legend="What to print"
        legendHidden
        choices={kinds.map((kind) => choices[kind])}
        value={draft.kind}
        onChange={(kind) => (kind === 'vault' ? onAskVault() : onDraft({ kind }))}
      />
      {draft.kind === 'theme' && (
        <div className="print-detail">
          <label htmlFor={`${ids}-theme`}>Theme</label>
          <select id={`${ids}-theme`} value={draft.themeId} onChange={(e) => onDraft({ themeId: e.target.value as ThemeId })}>
            <ThemeOptions />
          </select>
        </div>
      )}
      {draft.kind === 'dateRange' && (
        <div className="print-detail">
          <div className="print-days">
            <div className="print-days__field">
              <label htmlFor={`${ids}-from`}>From</label>
              <input id={`${ids}-from`} type="date" value={draft.from} max={draft.to || undefined} onChange={(e) => onDraft({ from: e.target.value })} />
            </div>
            <div className="print-days__field">
              <label htmlFor={`${ids}-to`}>To</label>
              <input id={`${ids}-to`} type="date" value={draft.to} min={draft.from || undefined} onChange={(e) => onDraft({ to: e.target.value })} />
            </div>
          </div>
          <div className="print-days__quick" role="group" aria-label="Quick choices">
            <button type="button" className="quiet" onClick={() => onDraft(thisYear())}>
              This year
            </button>
            <button type="button" className="quiet" onClick={() => onDraft({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31` })}>
              Last year
            </button>
            <button type="button" className="quiet" onClick={() => onDraft(everything(reflections))}>
              Everything
            </button>
          </div>
        </div>
      )}
      {draft.kind === 'chosen' && (
        <div className="print-detail">
          <ReflectionChecklist reflections={reflections} failure={reflectionsFailure} chosen={draft.chosen} onChange={(chosen) => onDraft({ chosen })} />
        </div>
      )}
    </div>
  )
}
