// Part of the TEST DOUBLE of 'electron' (electron-double.ts builds on it and re-exports it):
// menus that pop up and can be clicked, the editing commands a web contents runs, and a
// session's spell checker, as Electron 45's electron.d.ts and docs describe them. No stricter
// than that where the shell could rely on it, and no looser: a menu is clicked only where a person
// could click it, and the spell checker's calls behave per platform (session.md).

import { EventEmitter } from 'node:events'

type Fn = (...args: unknown[]) => unknown

/** Chromium's dictionary server, which Hunspell downloads from until told otherwise. */
export const CHROMIUM_DICTIONARY_SERVER = 'https://redirector.gvt1.com/edgedl/chrome/dict/'

function freshEditing() {
  return {
    /** Every menu popped up, in order. */
    popups: [] as PopupDouble[],
    /** Hunspell's download base. One for the whole app, whichever session set it: Chromium keeps it in a static. */
    dictionaryDownloadURL: CHROMIUM_DICTIONARY_SERVER
  }
}

/** What a test reads and steers here; electronDouble.reset() resets it too. */
export const editingDouble = {
  ...freshEditing(),
  /** The double's one platform: electron-double.ts points this at electronDouble.platform. */
  platformOf: (): NodeJS.Platform => process.platform,
  reset(): void {
    Object.assign(this, freshEditing())
  }
}

/** A menu item as a template gives it (MenuItemConstructorOptions, the parts the double reads). */
export interface TemplateItem {
  label?: string
  role?: string
  type?: string
  enabled?: boolean
  visible?: boolean
  click?: Fn
  submenu?: unknown
}

const ITEM_TYPES = ['normal', 'separator', 'submenu', 'checkbox', 'radio', 'header', 'palette']
/** The roles whose click Electron runs on the window's web contents (menu-item-roles.ts). */
const EDITING_ROLES: Record<string, keyof EditingCommands> = { cut: 'cut', copy: 'copy', paste: 'paste', selectAll: 'selectAll' }

interface EditingCommands {
  cut(): void
  copy(): void
  paste(): void
  selectAll(): void
}

/** The editing commands of a web contents, recorded in order: 'cut', 'replaceMisspelling thought'. */
export class EditingContentsDouble extends EventEmitter implements EditingCommands {
  edits: string[] = []
  /** As webContents.setWebRTCIPHandlingPolicy set it; Electron's default is 'default'. */
  webRTCIPHandlingPolicy: 'default' | 'default_public_interface_only' | 'default_public_and_private_interfaces' | 'disable_non_proxied_udp' = 'default'
  setWebRTCIPHandlingPolicy(policy: EditingContentsDouble['webRTCIPHandlingPolicy']): void {
    this.webRTCIPHandlingPolicy = policy
  }
  cut(): void {
    this.edits.push('cut')
  }
  copy(): void {
    this.edits.push('copy')
  }
  paste(): void {
    this.edits.push('paste')
  }
  selectAll(): void {
    this.edits.push('selectAll')
  }
  replaceMisspelling(text: string): void {
    this.edits.push(`replaceMisspelling ${text}`)
  }
}

/** Menu.buildFromTemplate's menu. As Electron's, it refuses an item with no label, role or type. */
export class MenuDouble {
  template: TemplateItem[]
  constructor(template: TemplateItem[]) {
    for (const item of template) {
      if (item.label === undefined && item.role === undefined && item.type === undefined) {
        throw new Error('Invalid template for MenuItem: must have at least one of label, role or type')
      }
      if (item.type !== undefined && !ITEM_TYPES.includes(item.type)) throw new Error(`Unknown menu item type: ${item.type}`)
    }
    this.template = template
  }
  popup(options: { window?: unknown; x?: number; y?: number; sourceType?: string; frame?: unknown } = {}): void {
    editingDouble.popups.push(new PopupDouble(this, options))
  }
}

interface WindowWithContents {
  webContents: EditingContentsDouble
  isDestroyed(): boolean
}

/** One popped-up menu: what it shows, and a person's click on one of its items. */
export class PopupDouble {
  menu: MenuDouble
  options: { window?: unknown; x?: number; y?: number; sourceType?: string; frame?: unknown }
  constructor(menu: MenuDouble, options: PopupDouble['options']) {
    this.menu = menu
    this.options = options
  }
  /** The items a person sees, top to bottom; a separator shows as '-'. */
  labels(): string[] {
    return this.menu.template.filter((item) => item.visible !== false).map((item) => (item.type === 'separator' ? '-' : (item.label ?? item.role ?? '')))
  }
  item(label: string): TemplateItem {
    const found = this.menu.template.find((item) => item.visible !== false && item.label === label)
    if (!found) throw new Error(`The menu has no item "${label}": it shows ${JSON.stringify(this.labels())}`)
    return found
  }
  isEnabled(label: string): boolean {
    return this.item(label).enabled !== false
  }
  /** A click, as Electron makes it: a role runs on the window's web contents (its click is ignored), else the item's click. */
  click(label: string): void {
    const item = this.item(label)
    if (item.enabled === false) throw new Error(`"${label}" is disabled: no one can click it`)
    const window = this.options.window as WindowWithContents | undefined
    if (item.role !== undefined) {
      const command = EDITING_ROLES[item.role]
      if (!command) throw new Error(`The double does not run the role "${item.role}"`)
      if (!window || window.isDestroyed()) throw new Error('A role needs the window the menu was popped up over')
      window.webContents[command]()
      return
    }
    item.click?.(item, window, { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false })
  }
}

/** Spell-checking calls of a session (session.md), per platform. */
export class SpellCheckerSessionDouble {
  /** False for a partition without "persist:": such a session writes nothing to disk. */
  persistent = true
  spellCheckerEnabled = true
  /** The words added to the custom dictionary. */
  dictionaryWords: string[] = []
  setSpellCheckerEnabled(enable: boolean): void {
    this.spellCheckerEnabled = enable
  }
  isSpellCheckerEnabled(): boolean {
    return this.spellCheckerEnabled
  }
  setSpellCheckerDictionaryDownloadURL(url: string): void {
    // A no-op on macOS, which downloads no dictionary; elsewhere a bad URL throws.
    if (editingDouble.platformOf() === 'darwin') return
    if (!URL.canParse(url)) throw new Error('The URL you provided to setSpellCheckerDictionaryDownloadURL is not a valid URL')
    editingDouble.dictionaryDownloadURL = url
  }
  /** False for in-memory sessions, and for a word Chromium's custom dictionary refuses or already has. */
  addWordToSpellCheckerDictionary(word: string): boolean {
    const valid = word.length > 0 && word.trim() === word && Buffer.byteLength(word) <= 99
    if (!this.persistent || !valid || this.dictionaryWords.includes(word)) return false
    this.dictionaryWords.push(word)
    return true
  }
}

/** A session fromPartition has just made: in memory unless "persist:", and announced on the app, as Electron does at once. */
export function partitionSession<T extends SpellCheckerSessionDouble>(created: T, partition: string, app: EventEmitter): T {
  created.persistent = partition.startsWith('persist:')
  app.emit('session-created', created)
  return created
}
