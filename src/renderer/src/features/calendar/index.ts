// What the calendar screens offer the others: import them from here, never from its files.

export { CalendarScreen } from './calendar-screen.tsx'
