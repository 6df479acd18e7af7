// The formatting toolbar's buttons: what each does, whether it is "on" where the cursor is,
// and TipTap's default shortcut, shown in its title.

import type { Editor } from '@tiptap/core'

export interface ToolbarItem {
  id: string
  label: string
  /** Short text on the button (list buttons draw an icon instead); the label is its accessible name. */
  glyph: string
  shortcut?: string
  /** Marks and blocks that can be on or off report aria-pressed. */
  isActive?: (editor: Editor) => boolean
  canRun?: (editor: Editor) => boolean
  run: (editor: Editor) => void
  /** Starts a group: a thin separator is drawn before it. */
  groupStart?: boolean
}

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform)
const MOD = isMac ? '⌘' : 'Ctrl+'
const ALT = isMac ? '⌥' : 'Alt+'
const SHIFT = isMac ? '⇧' : 'Shift+'

export const TOOLBAR_ITEMS: readonly ToolbarItem[] = [
  {
    id: 'h2',
    label: 'Heading H2',
    glyph: 'H2',
    shortcut: `${MOD}${ALT}2`,
    isActive: (e) => e.isActive('heading', { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run()
  },
  {
    id: 'h3',
    label: 'Subheading H3',
    glyph: 'H3',
    shortcut: `${MOD}${ALT}3`,
    isActive: (e) => e.isActive('heading', { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run()
  },
  {
    id: 'bold',
    label: 'Bold',
    glyph: 'B',
    shortcut: `${MOD}B`,
    groupStart: true,
    isActive: (e) => e.isActive('bold'),
    run: (e) => e.chain().focus().toggleBold().run()
  },
  { id: 'italic', label: 'Italic', glyph: 'I', shortcut: `${MOD}I`, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  {
    id: 'underline',
    label: 'Underline',
    glyph: 'U',
    shortcut: `${MOD}U`,
    isActive: (e) => e.isActive('underline'),
    run: (e) => e.chain().focus().toggleUnderline().run()
  },
  {
    id: 'strike',
    label: 'Strikethrough',
    glyph: 'S',
    shortcut: `${MOD}${SHIFT}S`,
    isActive: (e) => e.isActive('strike'),
    run: (e) => e.chain().focus().toggleStrike().run()
  },
  {
    id: 'highlight',
    label: 'Highlight',
    glyph: 'H',
    shortcut: `${MOD}${SHIFT}H`,
    isActive: (e) => e.isActive('highlight'),
    run: (e) => e.chain().focus().toggleHighlight().run()
  },
  {
    id: 'bullets',
    label: 'Bulleted list',
    glyph: '•',
    shortcut: `${MOD}${SHIFT}8`,
    groupStart: true,
    isActive: (e) => e.isActive('bulletList'),
    run: (e) => e.chain().focus().toggleBulletList().run()
  },
  {
    id: 'numbers',
    label: 'Numbered list',
    glyph: '1.',
    shortcut: `${MOD}${SHIFT}7`,
    isActive: (e) => e.isActive('orderedList'),
    run: (e) => e.chain().focus().toggleOrderedList().run()
  },
  {
    id: 'tasks',
    label: 'Checklist',
    glyph: '☐',
    shortcut: `${MOD}${SHIFT}9`,
    isActive: (e) => e.isActive('taskList'),
    run: (e) => e.chain().focus().toggleTaskList().run()
  },
  {
    id: 'quote',
    label: 'Quote',
    glyph: '“',
    shortcut: `${MOD}${SHIFT}B`,
    isActive: (e) => e.isActive('blockquote'),
    run: (e) => e.chain().focus().toggleBlockquote().run()
  },
  {
    id: 'link',
    label: 'Link',
    glyph: 'Link',
    isActive: (e) => e.isActive('link'),
    // Opens the address box: handled by the toolbar, which owns it.
    run: () => undefined
  },
  { id: 'rule', label: 'Divider line', glyph: '—', run: (e) => e.chain().focus().setHorizontalRule().run() },
  // Opens the file picker: handled by the toolbar, which owns it; only where pictures are kept.
  { id: 'picture', label: 'Add a picture', glyph: 'Picture', run: () => undefined },
  {
    id: 'undo',
    label: 'Undo',
    glyph: '↶',
    shortcut: `${MOD}Z`,
    groupStart: true,
    canRun: (e) => e.can().undo(),
    run: (e) => e.chain().focus().undo().run()
  },
  {
    id: 'redo',
    label: 'Redo',
    glyph: '↷',
    shortcut: isMac ? `${MOD}${SHIFT}Z` : `${MOD}Y`,
    canRun: (e) => e.can().redo(),
    run: (e) => e.chain().focus().redo().run()
  }
]
