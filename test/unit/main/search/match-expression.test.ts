import { describe, expect, it } from 'vitest'
import { matchExpression } from '../../../../src/main/search/match-expression.ts'

describe('the MATCH expression built from what a person typed', () => {
  it('quotes every word and makes the last word as typed a prefix', () => {
    expect(matchExpression('quiet gard')).toBe('"quiet" "gard"*')
    expect(matchExpression('Café')).toBe('"Café"*')
  })

  it('keeps quoted phrases together, and a closing quote ends the prefix', () => {
    expect(matchExpression('"long walk" home')).toBe('"long walk" "home"*')
    expect(matchExpression('home "long walk"')).toBe('"home" "long walk"')
  })

  it('reads an unbalanced quote as plain words', () => {
    expect(matchExpression('"long walk')).toBe('"long" "walk"*')
    expect(matchExpression('a "b c" "d e')).toBe('"a" "b c" "d" "e"*')
  })

  it('turns FTS5 syntax into words or separators', () => {
    expect(matchExpression('tea AND NEAR(cake, 2) OR title:x*')).toBe('"tea" "AND" "NEAR" "cake" "2" "OR" "title" "x"')
    expect(matchExpression('^start -not +plus {title}: x')).toBe('"start" "not" "plus" "title" "x"*')
  })

  it('has nothing to match in punctuation alone, nor in our snippet markers', () => {
    expect(matchExpression('*"():^-+ …')).toBeNull()
    expect(matchExpression('\uE000\uE001')).toBeNull()
  })

  it('composes decomposed accents so they match what was written', () => {
    expect(matchExpression('cafe\u0301')).toBe('"café"*')
  })
})
