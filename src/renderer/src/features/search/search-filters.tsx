// The palette's filters: one theme or all, and a date range (either end may stay open).

import { useId } from 'react'
import { isThemeId, type ThemeId } from '../../../../shared/themes.ts'
import { ThemeOptions } from '../../ui/theme-options.tsx'

export interface SearchFilters {
  themeId: ThemeId | null
  /** YYYY-MM-DD or '' for no bound. */
  from: string
  to: string
}

export const NO_FILTERS: SearchFilters = { themeId: null, from: '', to: '' }

/** Why these filters cannot be searched with, as a sentence, or null. */
export function filtersProblem(filters: SearchFilters): string | null {
  if (filters.from && filters.to && filters.from > filters.to) return 'The “from” date is after the “to” date. Swap them to search between them.'
  return null
}

interface Props {
  filters: SearchFilters
  onChange: (filters: SearchFilters) => void
}

export function SearchFilterFields({ filters, onChange }: Props) {
  const id = useId()
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch })
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="search-filters__field">
        <label htmlFor={`${id}-theme`}>Theme</label>
        <select
          id={`${id}-theme`}
          value={filters.themeId ?? ''}
          onChange={(event) => set({ themeId: isThemeId(event.target.value) ? event.target.value : null })}
        >
          <option value="">All themes</option>
          <ThemeOptions />
        </select>
      </div>
      <div className="search-filters__field">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={filters.from} onChange={(event) => set({ from: event.target.value })} />
      </div>
      <div className="search-filters__field">
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={filters.to} onChange={(event) => set({ to: event.target.value })} />
      </div>
    </fieldset>
  )
}
