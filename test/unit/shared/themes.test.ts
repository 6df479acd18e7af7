import { describe, expect, it } from 'vitest'
import { THEME_ICON_IDS, THEME_ICONS } from '../../../src/shared/theme-icons.ts'
import { isThemeId, promptOfTheDay, THEME_IDS, THEMES, themePromptOfTheDay } from '../../../src/shared/themes.ts'

// The backgrounds a theme colour is drawn on (styles.css: --paper and --card, light and dark).
const BACKGROUNDS = { paper: '#f6f3ee', card: '#fffdf9', darkPaper: '#1d1c1a', darkCard: '#272522' }

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (light! + 0.05) / (dark! + 0.05)
}

describe('the seven themes', () => {
  it('keep their stored ids, in order', () => {
    expect(THEME_IDS).toEqual(['self-love', 'emotional-needs', 'trust', 'quality-time', 'small-talk', 'appreciation', 'being-there'])
    expect(THEMES.map((theme) => theme.id)).toEqual([...THEME_IDS])
    expect(isThemeId('trust')).toBe(true)
    expect(isThemeId('gossip')).toBe(false)
  })

  it('each have a short title, a description of two or three sentences and at least eight prompts', () => {
    for (const theme of THEMES) {
      expect(theme.title.length, theme.id).toBeLessThanOrEqual(24)
      const sentences = theme.description.split(/(?<=[.!?])\s+/)
      expect(sentences.length, theme.id).toBeGreaterThanOrEqual(2)
      expect(sentences.length, theme.id).toBeLessThanOrEqual(3)
      expect(theme.prompts.length, theme.id).toBeGreaterThanOrEqual(8)
      for (const prompt of theme.prompts) expect(prompt, theme.id).toMatch(/^[A-Z].*[.?]$/)
    }
  })

  it('never repeat a prompt or a title', () => {
    const prompts = THEMES.flatMap((theme) => theme.prompts.map((p) => p.toLowerCase()))
    expect(new Set(prompts).size).toBe(prompts.length)
    expect(new Set(THEMES.map((theme) => theme.title)).size).toBe(7)
  })

  it('have colours with at least 3:1 contrast on light and dark paper and cards', () => {
    for (const theme of THEMES) {
      for (const [name, background] of Object.entries(BACKGROUNDS)) {
        expect(contrast(theme.colour, background), `${theme.id} on ${name}`).toBeGreaterThanOrEqual(3)
      }
    }
    expect(new Set(THEMES.map((theme) => theme.colour)).size).toBe(7)
  })

  it('each have their own icon, drawn as path data only', () => {
    expect(new Set(THEMES.map((theme) => theme.icon)).size).toBe(7)
    for (const theme of THEMES) expect(THEME_ICON_IDS).toContain(theme.icon)
    for (const paths of Object.values(THEME_ICONS)) {
      expect(paths.length).toBeGreaterThan(0)
      for (const d of paths) expect(d).toMatch(/^M[-\d.,\sMmLlHhVvCcSsQqTtAaZz]+$/)
    }
  })
})

describe('the prompt of the day', () => {
  const allPrompts = new Set(THEMES.flatMap((theme) => theme.prompts))

  it('stays the same all through one local day', () => {
    const morning = promptOfTheDay(new Date(2026, 10, 3, 0, 0, 1))
    expect(promptOfTheDay(new Date(2026, 10, 3, 12, 30))).toEqual(morning)
    expect(promptOfTheDay(new Date(2026, 10, 3, 23, 59, 59))).toEqual(morning)
    expect(allPrompts.has(morning.prompt)).toBe(true)
    expect(THEMES.find((theme) => theme.id === morning.themeId)!.prompts).toContain(morning.prompt)
  })

  it('changes every day, moves to another theme, and comes round to every prompt', () => {
    const seen = new Set<string>()
    let previous = promptOfTheDay(new Date(2026, 0, 1))
    seen.add(previous.prompt)
    for (let day = 1; day < allPrompts.size; day++) {
      const today = promptOfTheDay(new Date(2026, 0, 1 + day))
      expect(today.prompt).not.toBe(previous.prompt)
      expect(today.themeId).not.toBe(previous.themeId)
      seen.add(today.prompt)
      previous = today
    }
    expect(seen).toEqual(allPrompts)
  })

  it('gives each theme a daily prompt of its own', () => {
    for (const theme of THEMES) {
      const today = themePromptOfTheDay(theme.id, new Date(2026, 10, 3, 8))
      expect(theme.prompts).toContain(today)
      expect(themePromptOfTheDay(theme.id, new Date(2026, 10, 3, 22))).toBe(today)
      expect(themePromptOfTheDay(theme.id, new Date(2026, 10, 4, 8))).not.toBe(today)
    }
  })
})
