// What the calendar screens offer the others: import them from here, never from its files.

export { CalendarScreen } from './calendar-screen.tsx'
// Home's "Lately" says the days together in the calendar's own words and mark.
export { MomentMark, momentSentence } from './moments.tsx'
