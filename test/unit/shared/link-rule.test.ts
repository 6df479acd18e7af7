import { describe, expect, it } from 'vitest'
import { allowedLink } from '../../../src/shared/link-rule.ts'

describe('the link rule shared by the editor and the shell', () => {
  it('allows http, https and mailto, normalised', () => {
    expect(allowedLink(' https://Example.org/notes ')).toBe('https://example.org/notes')
    expect(allowedLink('http://example.org')).toBe('http://example.org/')
    expect(allowedLink('mailto:ana@example.org')).toBe('mailto:ana@example.org')
  })

  it('refuses every other scheme, hidden credentials, whitespace tricks and non-strings', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'jav\tascript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'vbscript:msgbox(1)',
      'https://bank.example@evil.example/',
      'https://user:pw@example.org/',
      'https://exa mple.org/',
      '/relative/path',
      '',
      42,
      null
    ]) {
      expect(allowedLink(bad), String(bad)).toBeNull()
    }
  })
})
