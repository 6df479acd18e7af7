// Remembers the window's size, position and maximised state in a small JSON file in userData.
// The file is treated as untrusted input: anything malformed falls back to defaults, and a saved
// position is pulled back onto a display (monitors get unplugged).

import fs from 'node:fs'
import { screen, type BrowserWindow, type Rectangle } from 'electron'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

export interface WindowState {
  bounds: WindowBounds
  maximized: boolean
}

export const MIN_SIZE = { width: 720, height: 520 }
export const DEFAULT_STATE: WindowState = { bounds: { width: 1100, height: 760 }, maximized: false }
const LIMIT = 100_000

const isCoordinate = (v: unknown): v is number => Number.isInteger(v) && Math.abs(v as number) <= LIMIT
const isSize = (v: unknown, min: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= LIMIT

/** Pure: the state in `text`, or null if it is not exactly what we write. */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof data !== 'object' || data === null) return null
  const { bounds, maximized } = data as { bounds?: Record<string, unknown>; maximized?: unknown }
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null
  const { x, y, width, height } = bounds
  if (!isSize(width, MIN_SIZE.width) || !isSize(height, MIN_SIZE.height)) return null
  if (x === undefined && y === undefined) return { bounds: { width, height }, maximized }
  if (!isCoordinate(x) || !isCoordinate(y)) return null
  return { bounds: { x, y, width, height }, maximized }
}

/** Pure: shrinks the window to fit `area` and moves it fully inside. */
export function fitInto(bounds: WindowBounds, area: Rectangle): WindowBounds {
  const width = Math.min(bounds.width, area.width)
  const height = Math.min(bounds.height, area.height)
  if (bounds.x === undefined || bounds.y === undefined) return { width, height }
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height)
  return { x, y, width, height }
}

export function loadWindowState(file: string): WindowState {
  let state = DEFAULT_STATE
  try {
    state = parseWindowState(fs.readFileSync(file, 'utf8')) ?? DEFAULT_STATE
  } catch {
    // No file yet (first start) or unreadable: defaults.
  }
  const { bounds } = state
  const display =
    bounds.x !== undefined && bounds.y !== undefined
      ? screen.getDisplayMatching({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height })
      : screen.getPrimaryDisplay()
  return { bounds: fitInto(bounds, display.workArea), maximized: state.maximized }
}

export function saveWindowState(file: string, window: BrowserWindow): void {
  const state: WindowState = { bounds: window.getNormalBounds(), maximized: window.isMaximized() }
  try {
    // Write then rename, so a crash mid-write cannot leave half a file.
    fs.writeFileSync(`${file}.tmp`, JSON.stringify(state), { mode: 0o600 })
    fs.renameSync(`${file}.tmp`, file)
  } catch {
    console.error('sevenfold: could not save the window position')
  }
}

export function rememberWindowState(window: BrowserWindow, file: string): void {
  window.on('close', () => saveWindowState(file, window))
}
