// What the insights screens offer the others: import them from here, never from its files.

export { NudgeArea } from './nudge-card.tsx'
export { OnThisDay } from './on-this-day.tsx'
export { ThemeBalance } from './theme-balance.tsx'
export { useInsights } from './use-insights.ts'
