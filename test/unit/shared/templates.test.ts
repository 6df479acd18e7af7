// Issue 17, item 1: every theme's guided templates are valid bodies the editor shows whole, and
// their words are ours, not the article's.

import { getSchema, rewriteUnknownContent, type AnyExtension, type JSONContent } from '@tiptap/core'
import { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { beforeAll, describe, expect, it } from 'vitest'
import { body as bodyField, promptText } from '../../../src/shared/contract-fields.ts'
import { richTextProblem, richTextToPlain } from '../../../src/shared/rich-text.ts'
import { templateById, TEMPLATES, templatesFor } from '../../../src/shared/templates.ts'
import { THEME_IDS } from '../../../src/shared/themes.ts'

// Renderer modules, imported by paths the Node project's compiler does not follow (see
// test/unit/main/print/rich-text-html.test.ts).
const EDITOR = '../../../src/renderer/src/rich-text/'

let schema: ReturnType<typeof getSchema>
let firstBlankLine: (doc: ProseMirrorNode) => number | null

beforeAll(async () => {
  const { editorExtensions } = (await import(/* @vite-ignore */ `${EDITOR}extensions.ts`)) as { editorExtensions: (p: () => string) => AnyExtension[] }
  ;({ firstBlankLine } = (await import(/* @vite-ignore */ `${EDITOR}first-blank.ts`)) as { firstBlankLine: typeof firstBlankLine })
  schema = getSchema(editorExtensions(() => ''))
})

// A few of the article's distinctive sentences (seed/seven-ways-article.txt), as test data only.
const ARTICLE = [
  'Emotional intimacy is considered the deepest level of connection in a romantic relationship.',
  'you’ll be easier to be emotionally intimate with someone once you connect emotionally with yourself.',
  'Some of them include the need to be heard, touched, considered, encouraged, nurtured, accepted, understood, and forgiven.',
  'You can start developing trust in your partner by telling them all of your secrets, and vice versa.',
  'A date night, when you sit together but still check your phones for emails or messages won’t necessarily improve your emotional intimacy.',
  'Talk about your plans for the day during breakfast, comment on current events when you watch the news, share your opinion about books and movies',
  'A simple ‘thank you’ whenever your partner does nice things for you will do.',
  'Try to be there at every moment, not only because of your partner needs but also because you can.'
]

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, "'")
    .match(/[\p{L}']+/gu) ?? []

/** Every run of `n` words in the article's sentences. */
function articleRuns(n: number): Set<string> {
  const runs = new Set<string>()
  for (const sentence of ARTICLE) {
    const w = words(sentence)
    for (let i = 0; i + n <= w.length; i++) runs.add(w.slice(i, i + n).join(' '))
  }
  return runs
}

function allWords(template: (typeof TEMPLATES)[number]): string {
  return [template.title, template.description, template.reflectionTitle, richTextToPlain(template.body())].join('\n')
}

describe('guided templates', () => {
  it('give every theme one or two, with unique ids and names', () => {
    for (const themeId of THEME_IDS) {
      expect(templatesFor(themeId).length, themeId).toBeGreaterThanOrEqual(1)
      expect(templatesFor(themeId).length, themeId).toBeLessThanOrEqual(2)
    }
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length)
    expect(new Set(TEMPLATES.map((t) => t.title.toLowerCase())).size).toBe(TEMPLATES.length)
    expect(templateById('kind-letter')?.themeId).toBe('self-love')
    expect(templateById('nope')).toBeUndefined()
  })

  it('name themselves in a line the prompt field takes, with a one-line description', () => {
    for (const template of TEMPLATES) {
      expect(template.id, template.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(promptText.safeParse(template.title).success, template.id).toBe(true)
      expect(template.title.length, template.id).toBeLessThanOrEqual(60)
      expect(template.description, template.id).toMatch(/^[A-Z].{10,100}\.$/)
      expect(template.reflectionTitle.trim(), template.id).not.toBe('')
    }
  })

  it('have bodies the contract accepts and the editor shows whole, each with a place to start writing', () => {
    for (const template of TEMPLATES) {
      const body = template.body()
      expect(richTextProblem(body), template.id).toBeNull()
      expect(bodyField.safeParse(body).success, template.id).toBe(true)
      const node = ProseMirrorNode.fromJSON(schema, body)
      node.check()
      const { rewrittenContent } = rewriteUnknownContent(structuredClone(body) as JSONContent, schema)
      expect(rewrittenContent, template.id).toEqual([])
      expect(firstBlankLine(node), template.id).not.toBeNull()
      expect(richTextToPlain(body).length, template.id).toBeGreaterThan(0)
    }
  })

  it('hand out a fresh body each time, so an edit never changes the template', () => {
    const template = templateById('kind-letter')!
    const first = template.body()
    first.content!.length = 0
    expect(template.body().content!.length).toBeGreaterThan(0)
  })

  it('copy no sentence of the article: no run of six of its words appears in them', () => {
    const runs = articleRuns(6)
    expect(runs.size).toBeGreaterThan(50)
    for (const template of TEMPLATES) {
      const w = words(allWords(template))
      for (let i = 0; i + 6 <= w.length; i++) expect(runs.has(w.slice(i, i + 6).join(' ')), `${template.id}: ${w.slice(i, i + 6).join(' ')}`).toBe(false)
      for (const sentence of ARTICLE) expect(allWords(template).toLowerCase()).not.toContain(sentence.toLowerCase().slice(0, 40))
    }
  })
})

describe('firstBlankLine', () => {
  it('finds the first empty line after words, inside a list as well', () => {
    const para = (t?: string) => (t ? { type: 'paragraph', content: [{ type: 'text', text: t }] } : { type: 'paragraph' })
    const withList = ProseMirrorNode.fromJSON(schema, {
      type: 'doc',
      content: [para('Heading-like line'), { type: 'bulletList', content: [{ type: 'listItem', content: [para()] }] }]
    })
    const at = firstBlankLine(withList)!
    expect(withList.resolve(at).parent.type.name).toBe('paragraph')
    expect(withList.resolve(at).node(-1).type.name).toBe('listItem')
    expect(firstBlankLine(ProseMirrorNode.fromJSON(schema, { type: 'doc', content: [para('all written')] }))).toBeNull()
  })
})
