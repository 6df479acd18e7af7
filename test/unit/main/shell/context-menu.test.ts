import type { ContextMenuParams } from 'electron'
import { app, BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble, type BrowserWindowDouble } from '../../../support/electron-double.ts'
import { editingDouble } from '../../../support/electron-double-editing.ts'
import { startShell } from '../../../../src/main/shell/app.ts'
import { attachContextMenu, contextMenuTemplate, type SpellingActions } from '../../../../src/main/shell/context-menu.ts'
import { realBackend } from '../../../support/real-backend.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

const ALL_FLAGS = { canUndo: true, canRedo: true, canCut: true, canCopy: true, canPaste: true, canDelete: true, canSelectAll: true, canEditRichly: true }
const NO_FLAGS = { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: false, canEditRichly: false }

/** The params Chromium sends for a right-click, here in the editor with nothing selected. */
function params(overrides: Partial<ContextMenuParams> = {}): ContextMenuParams {
  return {
    x: 120,
    y: 80,
    frame: null,
    linkURL: '',
    linkText: '',
    pageURL: 'file:///opt/sevenfold/out/renderer/index.html',
    frameURL: '',
    srcURL: '',
    mediaType: 'none',
    hasImageContents: false,
    isEditable: true,
    selectionText: '',
    titleText: '',
    altText: '',
    suggestedFilename: '',
    selectionRect: { x: 0, y: 0, width: 0, height: 0 },
    selectionStartOffset: 0,
    referrerPolicy: { url: '', policy: 'strict-origin-when-cross-origin' },
    misspelledWord: '',
    dictionarySuggestions: [],
    frameCharset: 'UTF-8',
    formControlType: 'none',
    spellcheckEnabled: true,
    menuSourceType: 'mouse',
    mediaFlags: {} as ContextMenuParams['mediaFlags'],
    editFlags: { ...NO_FLAGS, canPaste: true, canSelectAll: true },
    ...overrides
  } as ContextMenuParams
}

const labels = (template: ReturnType<typeof contextMenuTemplate>) => template.map((item) => (item.type === 'separator' ? '-' : item.label))
const noActions: SpellingActions = { replaceMisspelling: () => {} }

beforeEach(() => electronDouble.reset())

describe('the right-click menu, as a template', () => {
  it('offers Cut, Copy, Paste and Select all in an editable place, each enabled as Chromium says', () => {
    const template = contextMenuTemplate(params(), noActions)
    expect(labels(template)).toEqual(['Cut', 'Copy', 'Paste', '-', 'Select all'])
    expect(template.map((item) => item.role ?? null)).toEqual(['cut', 'copy', 'paste', null, 'selectAll'])
    expect(template.filter((item) => item.enabled).map((item) => item.label)).toEqual(['Paste', 'Select all'])
    const withSelection = contextMenuTemplate(params({ selectionText: 'quiet', editFlags: ALL_FLAGS }), noActions)
    expect(withSelection.filter((item) => item.enabled).map((item) => item.label)).toEqual(['Cut', 'Copy', 'Paste', 'Select all'])
  })

  it('puts a misspelt word’s suggestions first, and never offers to add it to a dictionary on disk', () => {
    const chosen: string[] = []
    const actions: SpellingActions = { replaceMisspelling: (word) => chosen.push(`use ${word}`) }
    const template = contextMenuTemplate(params({ misspelledWord: 'thougth', dictionarySuggestions: ['thought', 'though'] }), actions)
    expect(labels(template)).toEqual(['thought', 'though', '-', 'Cut', 'Copy', 'Paste', '-', 'Select all'])
    for (const item of template.slice(0, 2)) item.click!({} as never, undefined, {} as never)
    expect(chosen).toEqual(['use thought', 'use though'])
  })

  it('says so when a misspelt word has no suggestions, and shows an "&" as it is spelt', () => {
    const template = contextMenuTemplate(params({ misspelledWord: 'Q&Aa', dictionarySuggestions: [] }), noActions)
    expect(template[0]).toEqual({ label: 'No suggestions', enabled: false })
    expect(labels(template).some((label) => /dictionary/i.test(String(label)))).toBe(false)
    expect(contextMenuTemplate(params({ misspelledWord: 'Q&Aa', dictionarySuggestions: ['Q&A'] }), noActions)[0]!.label).toBe('Q&&A')
  })

  it('offers only Copy for selected text outside a text field, and nothing where there is neither', () => {
    const selected = contextMenuTemplate(params({ isEditable: false, selectionText: 'A quiet morning', editFlags: { ...NO_FLAGS, canCopy: true } }), noActions)
    expect(selected).toEqual([{ role: 'copy', label: 'Copy', enabled: true }])
    expect(contextMenuTemplate(params({ isEditable: false }), noActions)).toEqual([])
    expect(contextMenuTemplate(params({ isEditable: false, selectionText: ' \n' }), noActions)).toEqual([])
    // Spelling is only for what can be changed.
    expect(contextMenuTemplate(params({ isEditable: false, misspelledWord: 'thougth', dictionarySuggestions: ['thought'] }), noActions)).toEqual([])
  })
})

describe('the right-click menu in a window', () => {
  function rightClick(overrides: Partial<ContextMenuParams> = {}) {
    const window = new BrowserWindow() as unknown as BrowserWindowDouble
    attachContextMenu(window.webContents as never)
    window.webContents.emit('context-menu', { preventDefault() {} }, params(overrides))
    return window
  }

  it('pops up over its window where it was asked for, and runs what is clicked on that page', () => {
    const window = rightClick({ x: 40, y: 64, menuSourceType: 'keyboard' })
    expect(editingDouble.popups).toHaveLength(1)
    const [popup] = editingDouble.popups
    expect(popup!.options).toEqual({ window, x: 40, y: 64, sourceType: 'keyboard' })
    popup!.click('Paste')
    popup!.click('Select all')
    expect(window.webContents.edits).toEqual(['paste', 'selectAll'])
    expect(() => popup!.click('Cut')).toThrow(/disabled/)
  })

  it('replaces a misspelt word with the suggestion chosen, and writes no word to the session’s dictionary', () => {
    const window = rightClick({ misspelledWord: 'thougth', dictionarySuggestions: ['thought'] })
    const [popup] = editingDouble.popups
    popup!.click('thought')
    expect(window.webContents.edits).toEqual(['replaceMisspelling thought'])
    expect(window.webContents.session.dictionaryWords).toEqual([])
  })

  it('pops up nothing where there is nothing to offer', () => {
    rightClick({ isEditable: false })
    expect(editingDouble.popups).toEqual([])
  })

  it('never hands the menu the page’s frame, which would turn on macOS Writing Tools', () => {
    rightClick({ frame: { url: 'file:///x' } as never })
    expect(editingDouble.popups[0]!.options).not.toHaveProperty('frame')
  })

  it('is the one the shell gives its main window', async () => {
    const { backend, dataDir } = await realBackend()
    await app.whenReady()
    const shell = startShell({
      backend,
      dataDir,
      preloadPath: '/p/index.cjs',
      renderer: { file: '/opt/sevenfold/out/renderer/index.html' },
      isDev: false,
      platform: 'linux'
    })
    const window = shell.window() as unknown as BrowserWindowDouble
    window.webContents.emit('context-menu', { preventDefault() {} }, params({ selectionText: 'quiet', editFlags: ALL_FLAGS }))
    editingDouble.popups[0]!.click('Copy')
    expect(window.webContents.edits).toEqual(['copy'])
    app.emit('will-quit')
  })
})
