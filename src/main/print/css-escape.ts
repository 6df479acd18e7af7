// User text inside a CSS string (the running header's `content: "…"`). Whitespace collapses to
// single spaces, and anything that could end the string, the rule or the <style> element
// (quotes, backslashes, <, >, &, control characters) becomes a hex escape.

export function cssString(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  let out = ''
  for (const char of oneLine) {
    const code = char.codePointAt(0)!
    if (code === 0) out += '\\fffd '
    else if (code < 0x20 || code === 0x7f || '"\'\\<>&'.includes(char)) out += `\\${code.toString(16)} `
    else out += char
  }
  return `"${out}"`
}
