// Reflection headers for the insights tests: only what the insights read matters.

import type { ReflectionHeader } from '../../src/shared/contract.ts'
import type { ThemeId } from '../../src/shared/themes.ts'

let next = 0

export function header(themeId: ThemeId, date: string, extra: Partial<ReflectionHeader> = {}): ReflectionHeader {
  next++
  const stamp = `${date}T12:00:00.000Z`
  return {
    id: `reflection-${String(next).padStart(8, '0')}`,
    themeId,
    title: `on ${date}`,
    titled: true,
    date,
    excerpt: `words from ${date}`,
    wordCount: 3,
    createdAt: stamp,
    updatedAt: stamp,
    ...extra
  }
}
