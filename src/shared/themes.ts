// The seven themes. Ids are stable (they are stored, encrypted, with each reflection);
// titles, descriptions and prompts are ours and may change. The ideas come from the article
// in seed/seven-ways-article.txt; the sentences do not.

import type { ThemeIconId } from './theme-icons.ts'
import { localDayNumber } from './dates.ts'

export const THEME_IDS = ['self-love', 'emotional-needs', 'trust', 'quality-time', 'small-talk', 'appreciation', 'being-there'] as const

export type ThemeId = (typeof THEME_IDS)[number]

export interface Theme {
  id: ThemeId
  title: string
  description: string
  prompts: readonly string[]
  /** An accent for bands and icons: at least 3:1 against the light and dark paper and cards (see the unit test). */
  colour: string
  icon: ThemeIconId
}

export const THEMES: readonly Theme[] = [
  {
    id: 'self-love',
    title: 'Love yourself first',
    description:
      'Being close to someone else starts with being on good terms with yourself. This is a quiet place to notice how you treat yourself, and to be a little kinder. Nobody reads it but you.',
    prompts: [
      'What did you do today that you are quietly proud of?',
      'Write to yourself the way you would write to a good friend after a hard week.',
      'Which unkind thought about yourself would you like to put down for a while?',
      'When do you feel most at home in your own skin?',
      'What does your body need from you this week?',
      'Name three things you like about the way you see the world.',
      'What would you forgive yourself for, if you allowed it?',
      'How could you make a little room for yourself tomorrow?',
      'What have you learned about yourself in the past year?'
    ],
    colour: '#c2566f',
    icon: 'heart'
  },
  {
    id: 'emotional-needs',
    title: "Know each other's needs",
    description:
      'People need different things to feel close: to be heard, held, considered, encouraged, looked after, accepted, understood or forgiven. Write about which of these matter most to you, and what you notice your partner needs.',
    prompts: [
      'When did you last feel truly heard? What did your partner do?',
      'Which matters more to you right now: being encouraged or being comforted? Why?',
      'What kind of touch makes you feel close, and when?',
      'Describe a moment when someone thought of you before you had to ask.',
      'What helps you feel accepted just as you are?',
      'Is there something you wish your partner understood about you without explaining it?',
      'What would it take to forgive a small thing that still bothers you?',
      'How do you like to be looked after when you are tired or unwell?',
      'What do you think your partner needs most this month, and how could you ask them?'
    ],
    colour: '#8566bc',
    icon: 'sprout'
  },
  {
    id: 'trust',
    title: 'Trust each other',
    description:
      'Trust grows when honesty feels safe and there is nothing to hide. Write about what makes you feel safe with your partner, and about the things that are hard to say. The shared secrets vault belongs here.',
    prompts: [
      'What makes it easy, or hard, for you to be completely honest?',
      'Is there something you have been meaning to tell your partner? What holds you back?',
      'Describe a time your partner kept a promise that mattered to you.',
      'What does feeling safe with someone look like for you?',
      'When did trusting each other carry you through a difficult stretch?',
      'What is a small secret you could share this week?',
      'How would you like your partner to respond when you tell them something hard?',
      'What could make honesty a little easier for both of you?'
    ],
    colour: '#3a8883',
    icon: 'key'
  },
  {
    id: 'quality-time',
    title: 'Time that is ours',
    description:
      'Time together counts most when you are both really there, with the phones put away. Cooking a meal, sharing an ice cream, tidying the house side by side or a short trip across town can all do it.',
    prompts: [
      'What did you last cook together, and what did you talk about while you did?',
      'Plan a small outing across town. Where would you go, and why there?',
      'When did you last spend an evening with both phones in another room? How was it?',
      'Which everyday chore could become time together instead of time apart?',
      'Describe an ice cream, a walk or a coffee that turned into a good conversation.',
      'What keeps you from undistracted time together, and what could change?',
      'What is one new thing you would like to try together this month?',
      'Which ordinary hour of your week do you treasure most?'
    ],
    colour: '#b8742a',
    icon: 'cup'
  },
  {
    id: 'small-talk',
    title: 'The small talk',
    description:
      "Everyday conversations, like plans over breakfast, something in the news, or a book or film, keep you in each other's days. In time they make room for bigger thoughts, hopes and fears.",
    prompts: [
      'What did you talk about over breakfast today?',
      'Something in the news caught your eye. What did your partner make of it?',
      'Which book or film would you like to talk over together, and why?',
      'What was the funniest little exchange between you this week?',
      'What plans did you share this morning, and how did the day turn out?',
      'Did a light chat turn into something deeper lately? How did that happen?',
      'What could you ask your partner tonight, just out of curiosity?',
      'Which everyday topic do the two of you always come back to?'
    ],
    colour: '#4f82c2',
    icon: 'speech'
  },
  {
    id: 'appreciation',
    title: 'Say thank you',
    description:
      'Closeness grows when you look for the good in each other rather than the faults. Notice the kind things, accept that nobody is perfect, and say thank you out loud.',
    prompts: [
      'What did your partner do this week that you are grateful for?',
      'Write down a thank-you you have not yet said out loud.',
      'Which of their habits annoys you a little, and what good thing comes with it?',
      'What small gesture from your partner made your day easier recently?',
      'What quality in your partner do you admire most?',
      'When did you last praise your partner? How did they take it?',
      'Which of their imperfections have you come to love?',
      'How could you show your appreciation tomorrow without any words?'
    ],
    colour: '#9a8424',
    icon: 'sparkle'
  },
  {
    id: 'being-there',
    title: 'Being there',
    description:
      'Being there means showing up for the happy moments and the hard ones, not only when asked. Sometimes it is cooking a favourite meal, or simply sitting beside them through their favourite show.',
    prompts: [
      'When did you last celebrate something with your partner? How did you show it?',
      'Describe a hard moment when you were there for each other.',
      'What does your partner need from you when they are low?',
      'How do you like your partner to share in your good news?',
      'Which of their favourite things could you simply join them for this week?',
      "When did you feel your partner's support without many words?",
      'What small comfort could you prepare for them on a difficult day?',
      'Is there a moment you wish you had been there for? What would you do now?'
    ],
    colour: '#5f8c48',
    icon: 'umbrella'
  }
]

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value)
}

export function themeById(id: ThemeId): Theme {
  return THEMES.find((theme) => theme.id === id)!
}

function wrap(index: number, length: number): number {
  return ((index % length) + length) % length
}

// Theme by theme in turn (first prompts of all seven, then the second ones, ...), so
// consecutive days visit different themes.
const DAILY_ORDER: readonly { themeId: ThemeId; prompt: string }[] = (() => {
  const longest = Math.max(...THEMES.map((theme) => theme.prompts.length))
  const order: { themeId: ThemeId; prompt: string }[] = []
  for (let i = 0; i < longest; i++) {
    for (const theme of THEMES) {
      const prompt = theme.prompts[i]
      if (prompt !== undefined) order.push({ themeId: theme.id, prompt })
    }
  }
  return order
})()

/** One prompt from all the themes for the given local day; the same all day, another tomorrow. */
export function promptOfTheDay(date: Date): { themeId: ThemeId; prompt: string } {
  return DAILY_ORDER[wrap(localDayNumber(date), DAILY_ORDER.length)]!
}

/** One of a theme's own prompts for the given local day, for a quick new reflection. */
export function themePromptOfTheDay(themeId: ThemeId, date: Date): string {
  const { prompts } = themeById(themeId)
  return prompts[wrap(localDayNumber(date), prompts.length)]!
}
