// The right-click menu of the main window (issue 15, item 6): Cut, Copy, Paste and Select all
// in the editor and text fields, and a misspelt word's suggestions. Never "Add to dictionary":
// Chromium keeps added words in plaintext in the data folder (and macOS and Windows in the
// system's own dictionary), where the other partner could read the names and words a person
// writes (docs/security.md, promise 5).
// It is a native menu, so arrow keys, Enter and Escape work in it; Chromium also fires
// 'context-menu' for the Menu key and Shift+F10, and then it opens at the caret.

import { BrowserWindow, Menu, type ContextMenuParams, type MenuItemConstructorOptions, type WebContents } from 'electron'

/** What the template reads of Electron's 'context-menu' params. */
export type MenuContext = Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>

export interface SpellingActions {
  replaceMisspelling(word: string): void
}

/** Native menus read "&" as a keyboard mnemonic; doubled, a word shows as it is spelt. */
const asLabel = (word: string) => word.replaceAll('&', '&&')

function spellingItems(context: MenuContext, actions: SpellingActions): MenuItemConstructorOptions[] {
  const word = context.misspelledWord
  if (!context.isEditable || !word) return []
  const suggestions: MenuItemConstructorOptions[] = context.dictionarySuggestions.map((suggestion) => ({
    label: asLabel(suggestion),
    click: () => actions.replaceMisspelling(suggestion)
  }))
  return [...(suggestions.length > 0 ? suggestions : [{ label: 'No suggestions', enabled: false }]), { type: 'separator' }]
}

/**
 * Pure: the menu for one right-click, or nothing. Editable places get the editing commands, each
 * enabled as Chromium says it can be done there; elsewhere only selected text gets Copy. The
 * roles run on the focused page, as the Edit menu's do.
 */
export function contextMenuTemplate(context: MenuContext, actions: SpellingActions): MenuItemConstructorOptions[] {
  const flags = context.editFlags
  if (!context.isEditable) return context.selectionText.trim() ? [{ role: 'copy', label: 'Copy', enabled: flags.canCopy }] : []
  return [
    ...spellingItems(context, actions),
    { role: 'cut', label: 'Cut', enabled: flags.canCut },
    { role: 'copy', label: 'Copy', enabled: flags.canCopy },
    { role: 'paste', label: 'Paste', enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: 'Select all', enabled: flags.canSelectAll }
  ]
}

/** Pops the menu up over the window that shows `contents`, where the person asked for it. */
export function attachContextMenu(contents: WebContents): void {
  const actions: SpellingActions = {
    replaceMisspelling: (word) => contents.replaceMisspelling(word)
  }
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, actions)
    const window = BrowserWindow.fromWebContents(contents)
    if (template.length === 0 || !window) return
    // Given x and y, a menu opened from the keyboard appears at the caret, not wherever the pointer
    // was. No `frame`: it would turn on macOS's Writing Tools, which may send the text to a server.
    Menu.buildFromTemplate(template).popup({ window, x: params.x, y: params.y, sourceType: params.menuSourceType })
  })
}
