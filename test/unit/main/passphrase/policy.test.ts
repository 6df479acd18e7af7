import { describe, expect, it } from 'vitest'
import { feedbackReason } from '../../../../src/shared/passphrase-feedback.ts'
import { passphraseProblem } from '../../../../src/main/passphrase/policy.ts'
import { lengthProblem } from '../../../../src/shared/passphrase-rule.ts'
import { loadStrengthChecker } from '../../../../src/shared/passphrase-strength.ts'

const TOO_SHORT = 'Use at least 10 characters; a few unrelated words together work well.'

describe('the passphrase policy', () => {
  it('refuses common passwords with a reason in our words', async () => {
    expect(await passphraseProblem('password123456')).toBe('This is close to a common passphrase. Add a few more unrelated words.')
    expect(await passphraseProblem('qwertyuiop1')).toMatch(/common passphrase.*Add a few more unrelated words\.$/)
    expect(await passphraseProblem('aaaaaaaaaaaaaa')).toBe('Repeated characters, like “aaa”, are easy to guess. Add a few more unrelated words.')
    expect(await passphraseProblem('abcdefghijkl')).toMatch(/^Runs like “abc” or “4321” are easy to guess\./)
  })

  it('accepts a few unrelated words', async () => {
    expect(await passphraseProblem('lantern orchard velvet morning')).toBeNull()
    expect(await passphraseProblem('copper meadow ferry at noon')).toBeNull()
  })

  it('keeps the length rule, counted after NFKC normalisation', async () => {
    expect(await passphraseProblem('short')).toBe(TOO_SHORT)
    // Ten full-width letters are ten characters; "ﬁ" (one ligature) becomes "fi" (two).
    expect(lengthProblem('ｌａｎｔｅｒｎｏｒｃｈ')).toBeNull()
    expect(lengthProblem('ﬁﬁﬁﬁﬁ')).toBeNull()
    expect(lengthProblem('ﬁﬁﬁﬁ')).toBe(TOO_SHORT)
    // The same words in another Unicode form get the same verdict.
    const composed = 'crème brûlée à deux'.normalize('NFC')
    expect(await passphraseProblem(composed.normalize('NFD'))).toBe(await passphraseProblem(composed))
    expect(await passphraseProblem(composed)).toBeNull()
  })

  it('refuses a passphrase of whitespace only', async () => {
    expect(await passphraseProblem('')).toBe('Enter a passphrase.')
    expect(await passphraseProblem('              ')).toBe('Enter a passphrase.')
    expect(await passphraseProblem('\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000')).toBe('Enter a passphrase.')
  })

  it('gives the user’s own name and the app’s words no weight', async () => {
    const name = 'Zephyrine Quillfeather'
    expect(await passphraseProblem('zephyrine quillfeather')).toBeNull()
    expect(await passphraseProblem('zephyrine quillfeather', [name])).toMatch(/^Your name and the app’s name/)
    expect(await passphraseProblem('sevenfold2026')).toMatch(/^Your name and the app’s name/)
  })
})

describe('the strength checker the renderer loads', () => {
  it('gives the same verdicts as the main process, with a level and label for the meter', async () => {
    const check = await loadStrengthChecker()
    for (const passphrase of ['password123456', 'qwertyuiop1', 'short', 'lantern orchard velvet morning', 'sevenfold2026']) {
      expect(check(passphrase).problem).toBe(await passphraseProblem(passphrase))
    }
    expect(check('password123456')).toMatchObject({ level: 1, label: 'Too weak' })
    expect(check('lantern orchard velvet morning')).toEqual({ level: 4, label: 'Strong', problem: null })
    // Too short is never shown as better than "Too weak", however unusual.
    expect(check('Tr0b&3xq!')).toMatchObject({ level: 1, label: 'Too weak', problem: TOO_SHORT })
  })
})

describe('the reason for a weak passphrase', () => {
  it('is the warning then the first suggestion we have words for, with calm defaults', () => {
    expect(feedbackReason({ warning: 'dates', suggestions: ['noNeed', 'dates'] })).toBe(
      'Dates are easy to guess. Leave out dates and years that mean something to you.'
    )
    expect(feedbackReason({ warning: null, suggestions: [] })).toBe('This would be too easy to guess. Add a few more unrelated words.')
    expect(feedbackReason({ warning: 'something new', suggestions: ['anotherWord'] })).toBe('This would be too easy to guess. Add a few more unrelated words.')
  })
})
