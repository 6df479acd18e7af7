// Pasted HTML loses its event-handler and style attributes, and its style elements, before any
// HTML parser sees it. Not the safety layer (the editor's schema keeps no such attributes, and
// the CSP blocks them anyway): Chromium reports every inline handler or style it merely parses as
// a CSP violation, and a styled web page pasted in would otherwise fill the console with them.
// It does so in an inert document too: DOMParser, <template> and the Sanitizer API's
// Document.parseHTML all report them (test/e2e/hostile-paste.test.ts checks), and DOMPurify
// parses with DOMParser. So this reads the HTML as text, by hand.
//
// Tags are read in one pass as the HTML tokenizer reads them (unquoted values run to a space or
// ">", a quoted value may be followed straight by the next attribute), and quoted values are
// quieted too: where the parser sees raw text, a comment or a value, this may see a tag, so a
// tag hidden inside one ("<title><a title='</title><img onerror=…>'>") loses its handlers as well.

const STYLE_ELEMENT = /<style\b[\s\S]*?<\/style\s*>/gi
const SPACE = /[\t\n\f\r ]/
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c)

function isQuieted(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.startsWith('on') || lower === 'style'
}

/** The attributes of the tag whose name ends at `at`, quieted; returns them and where the tag ends. */
function quietAttributes(s: string, at: number): { kept: string; end: number } {
  let kept = ''
  let i = at
  for (;;) {
    let k = i
    while (k < s.length && (isSpace(s[k]) || s[k] === '/')) k++
    if (k >= s.length || s[k] === '>') return { kept: kept + s.slice(i, k), end: k }
    // A name runs to a space, "/", ">" or "=" (its first character may be "=").
    let e = k + 1
    while (e < s.length && !isSpace(s[e]) && !'/>='.includes(s[e]!)) e++
    let end = e
    let v = e
    while (isSpace(s[v])) v++
    let value = ''
    if (s[v] === '=') {
      v++
      while (isSpace(s[v])) v++
      const quote = s[v]
      if (quote === '"' || quote === "'") {
        const close = s.indexOf(quote, v + 1)
        end = close === -1 ? s.length : close + 1
        value = `${s.slice(e, v + 1)}${quietPastedHtml(s.slice(v + 1, close === -1 ? s.length : close))}${close === -1 ? '' : quote}`
      } else {
        end = v
        while (end < s.length && !isSpace(s[end]) && s[end] !== '>') end++
        value = s.slice(e, end)
      }
    }
    const separator = k > i ? s.slice(i, k) : ' '
    kept += isQuieted(s.slice(k, e)) ? separator : `${separator}${s.slice(k, e)}${value}`
    i = end
  }
}

export function quietPastedHtml(html: string): string {
  const s = html.replace(STYLE_ELEMENT, '')
  let out = ''
  let i = 0
  while (i < s.length) {
    const lt = s.indexOf('<', i)
    if (lt === -1) return out + s.slice(i)
    out += s.slice(i, lt)
    if (!/[a-zA-Z]/.test(s[lt + 1] ?? '')) {
      out += '<'
      i = lt + 1
      continue
    }
    let nameEnd = lt + 1
    while (nameEnd < s.length && !isSpace(s[nameEnd]) && s[nameEnd] !== '/' && s[nameEnd] !== '>') nameEnd++
    const { kept, end } = quietAttributes(s, nameEnd)
    // A style element left open (no end tag) goes too: its words stay as text.
    if (s.slice(lt + 1, nameEnd).toLowerCase() !== 'style') out += `${s.slice(lt, nameEnd)}${kept}${s[end] === '>' ? '>' : ''}`
    i = end + 1
  }
  return out
}
