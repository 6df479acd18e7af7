import fc from 'fast-check'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { reflectionMarkdown } from '../../../../src/main/export/markdown-export.ts'
import type { Reflection } from '../../../../src/shared/reflections.ts'
import { runTool } from '../../../support/pdf-tools.ts'

// The Markdown export's front matter, read as other tools read it: js-yaml here and PyYAML in a
// Python of its own. Titles and prompts hold anything a person (or a paste) could put in them:
// control characters (C0, DEL, C1), the characters YAML treats as line breaks, byte order marks,
// noncharacters, lone surrogates, quotes and backslashes. Each must read back as written; a lone
// surrogate, which is no character, as U+FFFD.

const reflection = (title: string, prompt: string | null): Reflection => ({
  id: 'r1',
  themeId: 'trust',
  title,
  titled: true,
  date: '2026-01-05',
  excerpt: '',
  wordCount: 0,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Words.' }] }] },
  prompt
})

const front = (markdown: string) => markdown.slice('---\n'.length).split('\n---\n')[0]!

const awkward = fc.string({
  maxLength: 24,
  unit: fc.oneof(
    fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '"', '\\', "'", '#', ': ', '- ', '---', '😀', 'ثقة', 'אמון'),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
  )
})

const PYYAML = `
import json, sys, yaml
out = []
for text in json.load(sys.stdin):
    try:
        data = yaml.safe_load(text)
        out.append({'title': data['title'], 'theme': data['theme'], 'prompt': data.get('prompt')})
    except Exception as error:
        out.append({'error': type(error).__name__ + ': ' + str(error)[:160]})
print(json.dumps(out))
`

describe('the front matter of an exported reflection', () => {
  it('reads back in js-yaml as written, whatever the title and prompt hold', () => {
    fc.assert(
      fc.property(awkward, fc.option(awkward, { nil: null }), (title, prompt) => {
        const data = load(front(reflectionMarkdown(reflection(title, prompt)))) as Record<string, unknown>
        expect(data.title).toBe(title.toWellFormed())
        expect(data.theme).toBe('Trust each other')
        expect(data.prompt).toBe(prompt === null ? undefined : prompt.toWellFormed())
      }),
      { numRuns: 2000 }
    )
  })

  it('reads back in PyYAML as written, whatever the title and prompt hold', () => {
    const cases = fc.sample(fc.tuple(awkward, fc.option(awkward, { nil: null })), { numRuns: 1500, seed: 18 })
    cases.push(['A title with DEL \u007f in it', null], ['NEL \u0085 and LS \u2028', 'C1 \u0080\u009f'], ['\u0000\u0001\t\n\r', '"\\'])
    const { status, stdout, stderr } = runTool('python3', ['-c', PYYAML], JSON.stringify(cases.map(([t, p]) => front(reflectionMarkdown(reflection(t, p))))))
    expect(status, /No module named .?yaml/.test(stderr) ? 'This test needs PyYAML. On Debian: `apt-get install -y python3-yaml` (as root).' : stderr).toBe(0)
    const read = JSON.parse(stdout) as Array<{ title?: string; prompt?: string | null; error?: string }>
    const wrong = cases.flatMap(([title, prompt], i) => {
      const got = read[i]!
      const right = got.error === undefined && got.title === title.toWellFormed() && got.prompt === (prompt === null ? null : prompt.toWellFormed())
      return right ? [] : [{ title, prompt, got }]
    })
    expect(wrong.slice(0, 5)).toEqual([])
  })
})
