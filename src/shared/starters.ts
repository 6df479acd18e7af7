// Starters: a few gentle ways to begin a sealed note (issue 17, item 3), and one light
// question a day for the two of them to talk about over breakfast (item 5). The ideas come
// from the article's trust and small-talk sections; the words are ours.

import { localDayNumber } from './dates.ts'

/**
 * Ways to begin a sealed note, each the start of a sentence the writer finishes. Picking one
 * puts it at the start of the note's body, followed by a space; nothing is sent.
 */
export const NOTE_STARTERS: readonly string[] = [
  'Something I have never told you is',
  'I was afraid to say this, but',
  'A small secret about me:',
  'I have wanted to tell you for a while that',
  'Something that would help you understand me is'
]

/** What a starter adds to the body: its words and the space the writer goes on after. */
export function starterOpening(starter: string): string {
  return `${starter} `
}

/** The starter a body's first line still begins with, untouched, if any (so another can replace it). */
export function starterAtStart(firstLine: string): string | null {
  return NOTE_STARTERS.find((starter) => firstLine.startsWith(starterOpening(starter)) || firstLine === starter) ?? null
}

/** Light questions to talk about, not to write about: nothing heavy, nothing that tests anyone. */
export const CONVERSATION_STARTERS: readonly string[] = [
  'If today ended with a free afternoon, how would you spend it?',
  'What would make today a good day for you?',
  'If someone else cooked for us tonight, what would you ask for?',
  'Which song has been stuck in your head lately?',
  'If you could learn one skill overnight, which would you pick?',
  'What was the best thing you ate this week?',
  'Is there a place in town you would like us to try that we never have?',
  'Did you dream about anything last night that you remember?',
  'What small thing made you smile recently?',
  'If we swapped days today, what would surprise me most about yours?',
  'Which book, film or show would you recommend to me right now?',
  'If you could have breakfast anywhere in the world this morning, where would it be?',
  'What is something you have changed your mind about lately?',
  'Which season suits you best, and what do you love about it?',
  'What was your favourite game as a child?',
  'On a weekend with no plans, how would you like to fill the first hour?',
  'Is there something in the news you keep thinking about?',
  'If we had a boat, what would you name it?',
  'Which friend have you been meaning to call?',
  'What smell takes you straight back to being a child?',
  'What is the most useful thing you own?',
  'If you could ask an expert one question today, who would it be and what would you ask?',
  'Which habit would you like to pick up this year?',
  'Which room in our home do you like most at this time of day?',
  'What was the last thing that made you laugh out loud?',
  'If you could spend a day in any year of the past, which would you choose?',
  'What does a perfect lazy Sunday look like to you?',
  'What is one thing from this week you are quietly proud of?',
  'If you could be an animal for a day, which one would you be?',
  'What small treat would you like to have today?',
  'If we had all evening and no rush, what would you like to cook?',
  'Which holiday from the past would you happily have again?',
  'What did you want to be when you grew up?',
  'If you had to teach a class tomorrow, what would it be about?',
  'What is on your mind this morning?',
  'Which song would you choose to start the day with?',
  'What is the loveliest place you have ever woken up in?',
  'If we planted something together, what would you like it to be?',
  'Is there a word or phrase you have been using a lot lately?',
  'Which family tradition would you like us to keep?',
  'If you could be very good at one sport, which would it be?',
  'What would you put in a box for the two of us to open in ten years?',
  'What is a question you wish people asked you more often?',
  'What small adventure could we have this month?',
  'What is the best piece of advice anyone has given you?',
  'What ordinary thing do you secretly enjoy?',
  'What would be the perfect weather for today?',
  'Which film could you watch again and again?'
]

/**
 * The question for a given local day: chosen by the date alone, so it is the same in both
 * journals all day, and the next one in the list after midnight.
 */
export function conversationStarterOfTheDay(date: Date): string {
  const n = CONVERSATION_STARTERS.length
  return CONVERSATION_STARTERS[((localDayNumber(date) % n) + n) % n]!
}
