import type { MenuItemConstructorOptions } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { electronDouble } from '../../../support/electron-double.ts'
import { installMenu, menuTemplate } from '../../../../src/main/shell/menu.ts'

vi.mock('electron', () => import('../../../support/electron-double.ts'))

type Item = MenuItemConstructorOptions
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(Array.isArray(item.submenu) ? item.submenu : [])])
const roles = (items: Item[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean)

beforeEach(() => electronDouble.reset())

describe('the application menu', () => {
  it('has a Lock item on CmdOrCtrl+L that locks', () => {
    const onLock = vi.fn()
    const lock = flatten(menuTemplate({ isMac: false, isDev: false, onLock })).find((item) => item.label === 'Lock')
    expect(lock?.accelerator).toBe('CmdOrCtrl+L')
    lock!.click!({} as never, undefined, {} as never)
    expect(onLock).toHaveBeenCalledOnce()
  })

  it('offers the usual editing roles', () => {
    expect(roles(menuTemplate({ isMac: false, isDev: false, onLock: () => {} }))).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
    )
  })

  it('has no reload or developer tools in the packaged app', () => {
    for (const isMac of [false, true]) {
      const found = roles(menuTemplate({ isMac, isDev: false, onLock: () => {} }))
      expect(found).not.toContain('reload')
      expect(found).not.toContain('forceReload')
      expect(found).not.toContain('toggleDevTools')
    }
    expect(roles(menuTemplate({ isMac: false, isDev: true, onLock: () => {} }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('puts the app menu first on macOS only', () => {
    expect(menuTemplate({ isMac: true, isDev: false, onLock: () => {} })[0]?.role).toBe('appMenu')
    expect(menuTemplate({ isMac: false, isDev: false, onLock: () => {} })[0]?.label).toBe('File')
  })

  it('installs the template as the application menu', () => {
    installMenu({ isMac: false, isDev: false, onLock: () => {} })
    expect(flatten(electronDouble.appliedMenuTemplate as Item[]).some((item) => item.accelerator === 'CmdOrCtrl+L')).toBe(true)
  })
})
