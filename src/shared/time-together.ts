// Time together (issue 17, item 4), kept in the joint vault: a list of ideas for the two of
// them (a dozen of ours to begin with), the ones planned for this week, and a log of what they
// did and when. Weeks begin on Monday, on this computer's calendar.

import { localDate } from './dates.ts'

/** How long an idea, or the words of a time logged, may be: a line, not a letter. */
export const TIME_TEXT_MAX = 200

/** How many ideas the list holds: plenty for two, and a bound on what one partner alone can drop in sealed. */
export const TIME_IDEAS_MAX = 300
/** How many times logged it holds: years of them. */
export const TIME_LOG_MAX = 5_000
/** The first day a time may be logged on. */
export const TIME_FIRST_DAY = '1900-01-01'
/** How many weeks after this one an idea may be planned for: a year ahead. */
export const PLAN_WEEKS_AHEAD = 52

// What a line of words never needs, and some of it turns the words beside it around: control
// characters (line breaks among them), line and paragraph separators, lone surrogates, and the
// bidi embeddings, overrides and isolates. Marks that join emoji (U+200D) are words here.
const NOT_IN_A_LINE = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u

/** Whether `text` is one line of words, with nothing of NOT_IN_A_LINE in it. */
export function isOneLine(text: string): boolean {
  return !NOT_IN_A_LINE.test(text)
}

export interface SeedIdea {
  id: string
  text: string
}

/** Ours, put in the list the first time it is opened in a vault; removing one is for good. */
export const SEED_IDEAS: readonly SeedIdea[] = [
  { id: 'cook-new', text: 'Cook something neither of you has made before, one reading the recipe out while the other stirs' },
  { id: 'ice-cream', text: 'Walk to the nearest ice cream shop and eat it slowly on a bench' },
  { id: 'across-town', text: 'Take a bus or a tram to a part of town you never go to, and wander there for an hour' },
  { id: 'tidy-music', text: 'Put on an album you both love and tidy one room together, singing along allowed' },
  { id: 'phones-away', text: 'A whole evening with both phones shut in a drawer, and a pot of tea between you' },
  { id: 'market', text: 'Choose the food for dinner together at a market, then make it at home' },
  { id: 'wander', text: 'Go for a walk with nowhere to be, taking turns to pick left or right at each corner' },
  { id: 'old-photos', text: 'Look through old photos and tell each other the story behind a few of them' },
  { id: 'game-night', text: 'A board game or a pack of cards, with a small silly prize for whoever wins' },
  { id: 'sunset', text: 'Watch the sun go down from the highest spot you can walk to' },
  { id: 'read-aloud', text: 'Take turns reading a chapter of a book out loud to each other' },
  { id: 'plant', text: 'Plant something together, in a pot on the sill or in the garden, and look after it' }
]

/** One idea in the list. */
export interface TogetherIdea {
  id: string
  text: string
  /** One of ours (SEED_IDEAS). */
  seedId?: string
  /** The partner who dropped it in sealed while the vault was locked; absent for one added together, or ours. */
  authorId?: string
  /** The Monday (YYYY-MM-DD) of the week it is planned for; null when it is not planned. */
  planned: string | null
  /** Dropped in sealed since the vault was last open: said as new until this opening of the vault ends. */
  isNew: boolean
  addedAt: string
}

/** One time together, logged: the day, in their words, and the idea it came from if it did. */
export interface TogetherTime {
  id: string
  date: string
  what: string
  ideaId?: string
  loggedAt: string
}

/** What `vaultTime` answers: the ideas (new ones first, then newest first, ours in our order) and the log, newest first. */
export interface TimeTogether {
  ideas: TogetherIdea[]
  log: TogetherTime[]
  /** Ideas dropped in sealed that found the list full (TIME_IDEAS_MAX): they wait, still sealed, for room. */
  waitingIdeas: number
}

/** The Monday of the week `date` falls in, on this computer's calendar. */
export function weekStartOf(date: Date): string {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate())
  // getDay: 0 is Sunday, which belongs to the week that began six days before.
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7))
  return localDate(monday)
}

/** The Monday PLAN_WEEKS_AHEAD weeks after the one `date` falls in: the last week an idea may be planned for. */
export function lastPlannableWeek(date: Date): string {
  const monday = new Date(`${weekStartOf(date)}T12:00:00`)
  monday.setDate(monday.getDate() + 7 * PLAN_WEEKS_AHEAD)
  return localDate(monday)
}

/** Whether `isoDay` (YYYY-MM-DD) is a Monday. */
export function isWeekStart(isoDay: string): boolean {
  const [year, month, day] = isoDay.split('-').map(Number)
  if (!year || !month || !day) return false
  return new Date(year, month - 1, day).getDay() === 1
}

/** The ideas planned for the week beginning `week`. */
export function plannedFor(time: TimeTogether, week: string): TogetherIdea[] {
  return time.ideas.filter((idea) => idea.planned === week)
}
