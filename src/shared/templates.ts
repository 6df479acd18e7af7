// Guided templates (issue 17, item 1): each theme's ways to start a reflection with its
// structure already in place. A template is only a starting point: choosing one opens a new
// reflection whose body holds these headings, lines and lists as ordinary rich text, its title
// as a suggestion, and the template's name as the prompt it was started from. Nothing here is
// stored apart from that reflection. The ideas come from the article in
// seed/seven-ways-article.txt; every sentence is ours.

import type { RichTextNode } from './rich-text.ts'
import type { ThemeId } from './themes.ts'

export interface ReflectionTemplate {
  /** Stable within this version (routes carry it); never stored. */
  id: string
  themeId: ThemeId
  /** Its name, shown on its button and kept as the reflection's prompt ("Started from: …"). */
  title: string
  /** One line under its name on the theme screen. */
  description: string
  /** The new reflection's title, a suggestion its writer can change. */
  reflectionTitle: string
  /** A fresh copy of the body each time, so an editor can never change the template itself. */
  body: () => RichTextNode
}

// The few shapes the bodies are made of: headings as gentle questions, empty lines to write on.
const text = (words: string): RichTextNode => ({ type: 'text', text: words })
const line = (words?: string): RichTextNode => (words ? { type: 'paragraph', content: [text(words)] } : { type: 'paragraph' })
const ask = (words: string): RichTextNode => ({ type: 'heading', attrs: { level: 3 }, content: [text(words)] })
const items = (type: 'bulletList' | 'orderedList', count: number): RichTextNode => ({
  type,
  content: Array.from({ length: count }, () => ({ type: 'listItem', content: [line()] }))
})
const doc = (...content: RichTextNode[]): RichTextNode => ({ type: 'doc', content })

/** Each question followed by an empty line to answer it on. */
const questions = (...asked: string[]): RichTextNode[] => asked.flatMap((words) => [ask(words), line()])

export const TEMPLATES: readonly ReflectionTemplate[] = [
  {
    id: 'kind-letter',
    themeId: 'self-love',
    title: 'A kind letter to yourself',
    description: 'Write to yourself the way a friend who knows you well would write to you.',
    reflectionTitle: 'A letter to me',
    body: () =>
      doc(
        line('Dear me,'),
        line(),
        ...questions('What I can see you have been carrying', 'What you deserve to hear from someone on your side', 'One gentle thing for you this week'),
        line('With love, from me')
      )
  },
  {
    id: 'did-well-today',
    themeId: 'self-love',
    title: 'Something I did well today',
    description: 'One thing that went right because of you, however small it seems.',
    reflectionTitle: 'Something I did well',
    body: () => doc(...questions('What I did', 'Why it mattered, even a little', 'What it shows about me'))
  },
  {
    id: 'needed-today',
    themeId: 'emotional-needs',
    title: 'What I needed today, and whether I asked for it',
    description: 'Notice one need from today and what became of it.',
    reflectionTitle: 'What I needed today',
    body: () => doc(...questions('What I needed today', 'Did I ask for it, and what happened?', 'How I could ask for it next time'))
  },
  {
    id: 'your-needs',
    themeId: 'emotional-needs',
    title: 'What I think you need from me',
    description: 'Guess at what your partner needs lately, and how you could find out.',
    reflectionTitle: 'What you might need',
    body: () => doc(...questions('What I have noticed in you lately', 'What I think you need most right now', 'How I could ask you, gently'))
  },
  {
    id: 'keeping-to-myself',
    themeId: 'trust',
    title: 'Something I have been keeping to myself',
    description: 'Put the unsaid into words first; it stays in your journal until you decide.',
    reflectionTitle: 'Not said yet',
    body: () =>
      doc(...questions('What I have not told you', 'Why I have held it back', 'What might change if I said it', 'What I would need in order to say it'))
  },
  {
    id: 'evening-without-phones',
    themeId: 'quality-time',
    title: 'An evening without phones',
    description: 'Plan an evening with the screens put away, then come back to say how it went.',
    reflectionTitle: 'An evening without phones',
    body: () =>
      doc(
        ask('What we could do'),
        items('bulletList', 3),
        ...questions('Where the phones will wait', 'Afterwards: how it felt to have each other’s full attention')
      )
  },
  {
    id: 'three-small-things',
    themeId: 'small-talk',
    title: 'Three small things from today',
    description: 'Little things worth mentioning over dinner: something seen, heard or read.',
    reflectionTitle: 'Three small things',
    body: () => doc(ask('Three small things from today'), items('orderedList', 3), ...questions('The one I most want to tell you about'))
  },
  {
    id: 'three-good-things',
    themeId: 'appreciation',
    title: 'Three good things',
    description: 'Three things that went well, and who had a hand in each.',
    reflectionTitle: 'Three good things',
    body: () => doc(ask('Three good things'), items('orderedList', 3), ...questions('Who or what made them happen'))
  },
  {
    id: 'admire-in-you',
    themeId: 'appreciation',
    title: 'What I admire in you',
    description: 'One quality in your partner you are glad of, and a time you saw it.',
    reflectionTitle: 'What I admire in you',
    body: () => doc(...questions('The thing I admire', 'A time I saw it lately', 'How I might tell you'))
  },
  {
    id: 'moment-to-be-there',
    themeId: 'being-there',
    title: 'A moment I want to be there for',
    description: 'Something ahead in your partner’s life, good or hard, and how you could show up.',
    reflectionTitle: 'A moment to be there for',
    body: () =>
      doc(
        ...questions('What is coming up, and when', 'How you might be feeling about it'),
        ask('Ways I could be there'),
        items('bulletList', 2),
        ...questions('Afterwards: how it went, and how I was there')
      )
  }
]

export function templatesFor(themeId: ThemeId): readonly ReflectionTemplate[] {
  return TEMPLATES.filter((template) => template.themeId === themeId)
}

export function templateById(id: string): ReflectionTemplate | undefined {
  return TEMPLATES.find((template) => template.id === id)
}
