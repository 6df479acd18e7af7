import { getSchema, type AnyExtension } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { PRINTED_MARK_TYPES, PRINTED_NODE_TYPES, richTextToHtml } from '../../../../src/main/print/rich-text-html.ts'
import type { RichTextNode } from '../../../../src/shared/rich-text.ts'
import { scanTags } from '../../../support/markup-scan.ts'
import { doc, EVERYTHING, link, para, text } from '../../../support/print-fixtures.ts'

// The editor's extensions belong to the renderer's TypeScript project, which this Node project
// cannot include, so they are imported by a path the compiler does not follow; vitest loads
// them as usual, and builds the schema in Node as the editor builds it in the window.
const EDITOR_EXTENSIONS = '../../../../src/renderer/src/rich-text/extensions.ts'

async function editorSchema(): Promise<ReturnType<typeof getSchema>> {
  const { editorExtensions } = (await import(/* @vite-ignore */ EDITOR_EXTENSIONS)) as {
    editorExtensions: (placeholder: () => string) => AnyExtension[]
  }
  return getSchema(editorExtensions(() => ''))
}

const OUR_TAGS = new Set(['p', 'h3', 'h4', 'b', 'i', 'u', 's', 'mark', 'code', 'a', 'span', 'br', 'hr', 'ul', 'ol', 'li', 'div', 'blockquote'])
const OUR_ATTRIBUTES = new Set(['class', 'href', 'start', 'type'])

/** Fails unless the HTML holds only our tags and attributes. */
function expectOnlyOurMarkup(html: string): void {
  for (const tag of scanTags(html)) {
    expect(OUR_TAGS, `tag <${tag.name}>`).toContain(tag.name)
    for (const attribute of tag.attributes) expect(OUR_ATTRIBUTES, `attribute ${attribute.name}`).toContain(attribute.name)
  }
}

describe('the schema', () => {
  it('prints every node and mark type the editor can make', async () => {
    const schema = await editorSchema()
    const nodes = Object.keys(schema.nodes)
    const marks = Object.keys(schema.marks)
    // The schema really was built (a broken import would give nothing to compare).
    expect(nodes).toEqual(expect.arrayContaining(['doc', 'paragraph', 'text', 'taskItem']))
    expect(nodes.filter((type) => !PRINTED_NODE_TYPES.has(type))).toEqual([])
    expect(marks.filter((type) => !PRINTED_MARK_TYPES.has(type))).toEqual([])
  })

  it('keeps headings to the levels the book leaves free for bodies', () => {
    const html = richTextToHtml(
      doc({ type: 'heading', attrs: { level: 2 }, content: [text('Two')] }, { type: 'heading', attrs: { level: 3 }, content: [text('Three')] })
    )
    expect(html).toBe('<h3>Two</h3><h4>Three</h4>')
  })
})

describe('faithful content', () => {
  const html = richTextToHtml(EVERYTHING)

  it('prints headings, marks, breaks and rules as the editor shows them', () => {
    expect(html).toContain('<h3>A bigger heading</h3>')
    expect(html).toContain('<h4>A smaller heading</h4>')
    expect(html).toContain('<p>Plain, <b>bold</b>, <i>italic</i>, <u>underlined</u>, <s>struck</s>, <mark>highlighted</mark> and <code>code</code>.</p>')
    expect(html).toContain('<p>First line<br>second line</p>')
    expect(html).toContain('<hr><p>After the rule.</p>')
    expect(html).toContain('<blockquote><p>Love is a verb.</p></blockquote>')
    expectOnlyOurMarkup(html)
  })

  it('prints lists, ordered lists from their start, and task lists with their boxes as text', () => {
    expect(html).toContain('<ul><li><p>Bread</p></li><li><p>Tulips</p></li></ul>')
    expect(html).toContain('<ol start="3"><li><p>Third step</p></li><li><p>Fourth step</p></li></ol>')
    expect(html).toContain('<span class="task-marker">☑</span> <div class="task-body"><p>Book the table</p></div>')
    expect(html).toContain('<span class="task-marker">☐</span> <div class="task-body"><p>Call her mother</p><ul class="task-list">')
    expect(html).toContain('<span class="task-marker">☐</span> <div class="task-body"><p>Find the number</p>')
  })

  it('prints a link as its text followed by its address, once', () => {
    expect(html).toContain('<a href="https://example.org/closeness">the article</a><span class="link-address"> (https://example.org/closeness)</span>')
    // The text already is the address: not twice.
    expect(html).toContain('<a href="mailto:ana@example.org">ana@example.org</a>.')
    const bare = richTextToHtml(doc(para(text('example.org', link('https://example.org')))))
    expect(bare).toBe('<p><a href="https://example.org/">example.org</a></p>')
  })

  it('keeps a link whole across other marks, with its address after the whole run', () => {
    const html = richTextToHtml(
      doc(
        para(
          text('a ', link('https://a.example/')),
          text('bold', link('https://a.example/'), 'bold'),
          text(' link', link('https://a.example/')),
          text(' after')
        )
      )
    )
    expect(html).toBe('<p><a href="https://a.example/">a <b>bold</b> link</a><span class="link-address"> (https://a.example/)</span> after</p>')
  })

  it('closes and reopens marks in a stable nesting, whatever order they were stored in', () => {
    const html = richTextToHtml(doc(para(text('one', 'italic', 'bold'), text('two', 'bold'), text('three'))))
    expect(html).toBe('<p><b><i>one</i>two</b>three</p>')
  })

  it('keeps blank lines but drops the blank paragraphs the editor leaves at the end', () => {
    expect(richTextToHtml(doc(para(text('a')), para(), para(text('b')), para(), para()))).toBe('<p>a</p><p><br></p><p>b</p>')
  })

  it('escapes every character that could start markup', () => {
    const html = richTextToHtml(doc(para(text(`Tom & "Jerry" <3 it's`))))
    expect(html).toBe('<p>Tom &amp; &quot;Jerry&quot; &lt;3 it&#39;s</p>')
  })
})

describe('hostile content', () => {
  const hostile = (content: RichTextNode[]) => richTextToHtml(doc(...content))

  it('prints script tags and comments in text as text', () => {
    const html = hostile([para(text('<script>alert(1)</script><!-- x --></style><img src=x onerror=alert(1)>'))])
    expect(html).not.toMatch(/<(script|img|style|!--)/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- x --&gt;&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;')
    expectOnlyOurMarkup(html)
  })

  it('prints a refused link address as plain text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      'https://bank.example@evil.example/',
      '/relative',
      'java\nscript:alert(1)'
    ]) {
      const html = hostile([para(text('click', link(href)))])
      expect(html, href).toBe('<p>click</p>')
    }
  })

  it('never copies attributes smuggled into nodes and marks', () => {
    const smuggled = { onerror: 'alert(1)', onclick: 'alert(1)', style: 'background:url(x)', class: 'x" onload="y', href: 'javascript:1', src: 'x' }
    const html = hostile([
      {
        type: 'paragraph',
        attrs: smuggled,
        content: [
          text('p', { type: 'bold', attrs: smuggled }, { type: 'link', attrs: { ...smuggled, href: 'https://ok.example/', title: 'x" onmouseover="y' } })
        ]
      },
      { type: 'heading', attrs: { ...smuggled, level: 2 }, content: [text('h')] },
      { type: 'bulletList', attrs: smuggled, content: [{ type: 'listItem', attrs: smuggled, content: [para(text('li'))] }] },
      { type: 'taskList', attrs: smuggled, content: [{ type: 'taskItem', attrs: { ...smuggled, checked: 'true" onclick="x' }, content: [para(text('t'))] }] },
      { type: 'horizontalRule', attrs: smuggled },
      { type: 'blockquote', attrs: smuggled, content: [para(text('q'))] }
    ])
    expectOnlyOurMarkup(html)
    expect(html).not.toMatch(/on[a-z]+=|style=|src=|javascript:/i)
    // A checked flag that is not exactly true is an open box.
    expect(html).toContain('<span class="task-marker">☐</span>')
    expect(html).toContain('<a href="https://ok.example/"><b>p</b></a>')
  })

  it('takes an ordered list start only as a whole number, and its numbering only from the known kinds', () => {
    const list = (attrs: RichTextNode['attrs']) => hostile([{ type: 'orderedList', attrs, content: [{ type: 'listItem', content: [para(text('x'))] }] }])
    expect(list({ start: 5, type: 'a' })).toContain('<ol start="5" type="a">')
    expect(list({ start: '5" onclick="x', type: '1" onclick="x' })).toContain('<ol>')
    expect(list({ start: 2.5 })).toContain('<ol>')
    expect(list({ start: Number.MAX_VALUE })).toContain('<ol>')
    expect(list({ start: -2 })).toContain('<ol start="-2">')
  })

  it('prints unknown node types (script, iframe, style, object) as their words only', () => {
    const html = hostile([
      { type: 'script', content: [text('alert(1)')] },
      { type: 'iframe', attrs: { src: 'https://evil.example/' }, content: [text('framed')] },
      { type: 'style', content: [text('body{display:none}</style>')] },
      para(text('inline '), { type: 'object', attrs: { data: 'x' }, content: [text('obj')] }, text(' end')),
      { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
      { type: 'text', text: '<b>stray</b>' }
    ])
    expect(html).toBe('<p>alert(1)</p><p>framed</p><p>body{display:none}&lt;/style&gt;</p><p>inline obj end</p><p>&lt;b&gt;stray&lt;/b&gt;</p>')
    expectOnlyOurMarkup(html)
  })

  it('walks the deepest documents the validator accepts without recursion trouble', () => {
    // Far deeper than the validator allows (48), to show the walk has no depth limit of its own.
    const nest = (type: string) => {
      let node: RichTextNode = para(text('deep'))
      for (let i = 0; i < 20_000; i++) node = { type, content: [node] }
      return doc(node)
    }
    const quotes = richTextToHtml(nest('blockquote'))
    expect(quotes.match(/<blockquote>/g)).toHaveLength(20_000)
    expect(quotes).toContain('<p>deep</p>')
    expect(richTextToHtml(nest('wrapper'))).toBe('<p>deep</p>')
  })
})
