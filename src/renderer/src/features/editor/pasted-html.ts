// Pasted HTML loses its event-handler and style attributes before any HTML parser sees it.
// Not the safety layer (the editor's schema keeps no such attributes, and the CSP blocks
// them anyway): Chromium reports every inline handler or style it merely parses as a CSP
// violation, and a styled web page pasted in would otherwise fill the console with them.

const TAG = /<[a-zA-Z][^\s/>]*(?:[\s/]+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*[\s/]*>/g
const ATTRIBUTE = /([\s/]+)([^\s"'>/=]+)(\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g
const STYLE_ELEMENT = /<style\b[\s\S]*?<\/style\s*>/gi

function isQuieted(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.startsWith('on') || lower === 'style'
}

export function quietPastedHtml(html: string): string {
  return html.replace(STYLE_ELEMENT, '').replace(TAG, (tag) => tag.replace(ATTRIBUTE, (whole, space: string, name: string) => (isQuieted(name) ? space : whole)))
}
