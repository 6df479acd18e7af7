import { describe, expect, it } from 'vitest'
import { readBlocks, readInline } from '../../support/markdown-reader.ts'

// The reader the export tests rely on, held to examples from the CommonMark spec (0.31.2).
const show = (source: string) =>
  readInline(source)
    .runs.map((r) => (r.marks.length ? `<${r.marks.join('+')}>${r.text}` : r.text))
    .join('|')

describe('the test Markdown reader', () => {
  it('reads emphasis as the spec does', () => {
    expect(show('*foo bar*')).toBe('<italic>foo bar')
    expect(show('a * foo bar*')).toBe('a * foo bar*')
    expect(show('foo*bar*')).toBe('foo|<italic>bar')
    expect(show('_foo_bar')).toBe('_foo_bar')
    expect(show('**foo bar**')).toBe('<bold>foo bar')
    expect(show('**"foo"**bar')).toBe('**"foo"**bar')
    expect(show('*foo**bar**baz*')).toBe('<italic>foo|<bold+italic>bar|<italic>baz')
    expect(show('***foo** bar*')).toBe('<bold+italic>foo|<italic> bar')
    expect(show('*foo**bar*')).toBe('<italic>foo**bar')
    expect(show('foo***bar***baz')).toBe('foo|<bold+italic>bar|baz')
    expect(show('**foo*')).toBe('*|<italic>foo')
    expect(show('~~gone~~ and ==lit==')).toBe('<strike>gone| and |<highlight>lit')
  })

  it('reads escapes, code, links, entities, breaks and raw HTML', () => {
    expect(show('\\*not\\* \\[x\\]')).toBe('*not* [x]')
    expect(show('`` a`b ``')).toBe('<code>a`b')
    expect(show('[**go**](<https://example.org/a b>)')).toBe('<bold+link:https://example.org/a b>go')
    expect(show('Tom &amp; Jerry &copy;')).toBe('Tom & Jerry ©')
    expect(show('one\\\ntwo')).toBe('one\ntwo')
    expect(readInline('a <b>c</b>').html).toBe(true)
  })

  it('reads blocks: headings, setext, rules, quotes, lists, tasks, code', () => {
    const blocks = readBlocks([
      '## Title',
      '',
      'para',
      '---',
      '',
      '> quoted',
      '',
      '- [x] done',
      '  more',
      '- [ ] todo',
      '',
      '3. third',
      '',
      '   in third',
      '',
      'after',
      '',
      '    code'
    ])
    expect(blocks.map((b) => [b.kind, b.path.join('/'), b.runs.map((r) => r.text).join('')])).toEqual([
      ['heading', '', 'Title'],
      ['heading', '', 'para'],
      ['paragraph', 'quote', 'quoted'],
      ['paragraph', 'task:x', 'done\nmore'],
      ['paragraph', 'task: ', 'todo'],
      ['paragraph', 'ordered', 'third'],
      ['paragraph', 'ordered', 'in third'],
      ['paragraph', '', 'after'],
      ['code', '', 'code']
    ])
  })
})
