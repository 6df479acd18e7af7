// The native menu: the platform's usual roles plus "Lock" (CmdOrCtrl+L). Reload and developer
// tools exist only in development: in the packaged app nothing should open a console next to
// decrypted text.

import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  isMac: boolean
  isDev: boolean
  onLock: () => void
}

/** Pure: the template, so tests can read it without building a native menu. */
export function menuTemplate({ isMac, isDev, onLock }: MenuOptions): MenuItemConstructorOptions[] {
  const sep: MenuItemConstructorOptions = { type: 'separator' }
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [{ role: 'about' }, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }]
        }
      ]
    : []
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [{ id: 'lock', label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => onLock() }, sep, isMac ? { role: 'close' } : { role: 'quit' }]
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      sep,
      { role: 'selectAll' }
    ]
  }
  const devItems: MenuItemConstructorOptions[] = isDev ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, sep] : []
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [...devItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, sep, { role: 'togglefullscreen' }]
  }
  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    submenu: isMac ? [{ role: 'minimize' }, { role: 'zoom' }, sep, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }]
  }
  const help: MenuItemConstructorOptions = { role: 'help', submenu: isMac ? [] : [{ role: 'about' }] }
  return [...appMenu, file, edit, view, windowMenu, help]
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)))
}
