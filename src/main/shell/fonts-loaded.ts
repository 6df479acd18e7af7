// Before a print document is printed, every font face inline in it is loaded and decoded. The
// window's load event can come before Chromium has decoded the book's fonts (WOFF2 slices, a few
// megabytes for a book in Chinese), and a page printed then draws some characters with a face
// that is still loading: spaces in Literata came out as missing-glyph boxes now and then under
// load. The print window runs no script of its own, so the wait is evaluated through the
// DevTools protocol, as DevTools' console evaluates with JavaScript off.

/** Loads every face the document declares, then waits until no font is still loading. */
export const FONTS_LOADED_EXPRESSION =
  'Promise.all([...document.fonts].map((face) => face.load().catch(() => null))).then(() => document.fonts.ready).then(() => document.fonts.status)'

/** The protocol command that evaluates it, awaiting its promise. */
export const FONTS_LOADED_COMMAND = {
  method: 'Runtime.evaluate',
  params: { expression: FONTS_LOADED_EXPRESSION, awaitPromise: true, returnByValue: true }
} as const

/** How long a print waits for its fonts before it prints with what it has. */
export const FONTS_LOADED_TIMEOUT_MS = 15_000

/** The part of Electron's webContents.debugger this needs. */
export interface ProtocolDebugger {
  attach(protocolVersion?: string): void
  detach(): void
  isAttached(): boolean
  sendCommand(method: string, commandParams?: unknown): Promise<unknown>
}

/**
 * Waits for the document's fonts through `debug`. Never throws and never waits past `timeoutMs`:
 * if the protocol cannot be used or does not answer, the print goes on as it would have.
 */
export async function whenFontsLoaded(debug: ProtocolDebugger, timeoutMs = FONTS_LOADED_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  try {
    if (!debug.isAttached()) debug.attach('1.3')
    const evaluated = debug.sendCommand(FONTS_LOADED_COMMAND.method, FONTS_LOADED_COMMAND.params).then(
      (answer) => (answer as { result?: { value?: unknown } } | undefined)?.result?.value === 'loaded',
      () => false
    )
    const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)))
    return await Promise.race([evaluated, late])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
    try {
      if (debug.isAttached()) debug.detach()
    } catch {
      // Already detached by the window's closing.
    }
  }
}
