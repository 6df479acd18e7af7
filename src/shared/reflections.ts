// A reflection as the journal answers it: its header (for lists) and, when opened, its body.

import type { RichTextNode } from './rich-text.ts'
import type { ThemeId } from './themes.ts'

export interface ReflectionHeader {
  id: string
  themeId: ThemeId
  title: string
  date: string
  excerpt: string
  wordCount: number
  createdAt: string
  updatedAt: string
}

export interface Reflection extends ReflectionHeader {
  body: RichTextNode
}

export interface ThemeSummary {
  themeId: ThemeId
  count: number
  lastWrittenDate: string | null
}
