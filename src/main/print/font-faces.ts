// The book's fonts as @font-face rules with the font files inline (data: URLs), so the print
// window reads no file and loads nothing: the document stays whole on its own, and its CSP adds
// only `font-src data:`. Files are read asynchronously and kept, base64 already, for the next
// print (up to CACHE_CHARS); the rules are hashed as they are made, in slices, since a book in
// Chinese can carry several megabytes of them.

import { createHash, type Hash } from 'node:crypto'
import fs from 'node:fs'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { BOOK_FONTS_DIR, bookFaces, type PlacedFace } from './book-fonts.ts'
import type { PrintBook } from './print-book.ts'

/** About 32 MB of base64 kept between prints; the oldest file read goes first. */
const CACHE_CHARS = 32 * 1024 * 1024
/** Base64 hashed between two yields: about a megabyte, a few milliseconds. */
const RULE_CHARS_PER_SLICE = 1024 * 1024

export interface BookFontCss {
  /** The @font-face rules, to open the document's one style sheet. */
  css: string
  /** SHA-256 over `css`; styleHash() goes on from it with the rest of the sheet. */
  hash: Hash
}

const cache = new Map<string, string>()
let cachedChars = 0

async function base64Of(dir: URL, file: string): Promise<string> {
  const kept = cache.get(file)
  if (kept !== undefined) {
    // Most recently used last, so it goes last.
    cache.delete(file)
    cache.set(file, kept)
    return kept
  }
  // fs.promises at call time, with a path: in the packaged app Electron's patched fs reads inside the ASAR.
  const data = (await fs.promises.readFile(fileURLToPath(new URL(file, dir)))).toString('base64')
  cache.set(file, data)
  cachedChars += data.length
  for (const [oldest, value] of cache) {
    if (cachedChars <= CACHE_CHARS || oldest === file) break
    cache.delete(oldest)
    cachedChars -= value.length
  }
  return data
}

function faceRule(face: PlacedFace, data: string): string {
  return (
    `@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weight}; font-display: swap; ` +
    `src: url(data:font/woff2;base64,${data}) format("woff2"); unicode-range: ${face.range}; }\n`
  )
}

/** Each book's rules, made once for both passes of its layout. */
const made = new WeakMap<PrintBook, Promise<{ css: string; hash: Hash }>>()

async function makeFontCss(book: PrintBook, dir: URL): Promise<{ css: string; hash: Hash }> {
  const faces = await bookFaces(book, dir)
  const hash = createHash('sha256')
  const rules: string[] = []
  let inSlice = 0
  for (const face of faces) {
    const data = await base64Of(dir, face.file).catch((error: unknown) => {
      // One file gone from the folder: its characters print in a system font rather than not at all.
      console.warn(`Sevenfold: a font for the book could not be read (${String(error)}).`)
      return null
    })
    if (data === null) continue
    const rule = faceRule(face, data)
    hash.update(rule, 'utf8')
    rules.push(rule)
    inSlice += rule.length
    if (inSlice >= RULE_CHARS_PER_SLICE) {
      inSlice = 0
      await nextTurn()
    }
  }
  await nextTurn()
  return { css: rules.join(''), hash }
}

/** The rules for the fonts `book` needs: empty (system fonts) if resources/fonts/ is missing. */
export async function bookFontCss(book: PrintBook, dir: URL = BOOK_FONTS_DIR): Promise<BookFontCss> {
  let pending = made.get(book)
  if (!pending) {
    pending = makeFontCss(book, dir)
    made.set(book, pending)
  }
  const { css, hash } = await pending
  // A copy: the same rules open every pass's sheet.
  return { css, hash: hash.copy() }
}

/** The CSP hash of the whole sheet, `fonts.css` followed by `rest`. */
export function styleHash(fonts: BookFontCss, rest: string): string {
  return fonts.hash.update(rest, 'utf8').digest('base64')
}
