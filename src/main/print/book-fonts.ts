// Which of the fonts that travel with the app (book-font-families.ts) a book needs. Each
// character it prints goes to the first family in the stack that draws it, as Chromium will look
// it up, and each family's characters to as few of its slices as cover them, in each style;
// only those slices are embedded (font-faces.ts). The Han families' order follows the book
// (han-forms.ts). The manifest is read once, a family's table is built on first need in slices,
// and the book's text is read in slices, so no step holds the event loop for long.

import fs from 'node:fs'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { needsNoFont, type BookFontFace, type BookFontManifest, type HanForms } from './book-font-families.ts'
import { hanForms } from './han-forms.ts'
import type { PrintBook } from './print-book.ts'

/** resources/fonts/, beside out/ in a build (and in the packaged ASAR), or from src/main/print/ in tests. */
export const BOOK_FONTS_DIR = new URL(import.meta.url.endsWith('.ts') ? '../../../resources/fonts/' : '../../resources/fonts/', import.meta.url)

/** Characters the book's own wording may use around a person's words: ASCII, dashes, quotes, a bullet. */
const CHROME = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
  ...[0xa0, 0xb7, 0x2009, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026]
]
// Work between two yields to the event loop: a few milliseconds on a slow machine, so a book
// that uses every character of a font (about 17,000) never holds the loop for long.
const CHARS_PER_SLICE = 50_000
const POINTS_PER_SLICE = 5_000

/** HAN_ORDER[forms]: the Han families' priority when the book's Han takes those forms. */
const HAN_ORDER: Record<HanForms, HanForms[]> = {
  'zh-Hans': ['zh-Hans', 'zh-Hant', 'ja', 'ko'],
  'zh-Hant': ['zh-Hant', 'zh-Hans', 'ja', 'ko'],
  // What a Japanese or Korean font lacks is nearer the traditional forms.
  ja: ['ja', 'zh-Hant', 'zh-Hans', 'ko'],
  ko: ['ko', 'zh-Hant', 'zh-Hans', 'ja']
}

export interface PlacedFace extends BookFontFace {
  family: string
}

type FamilyEntry = BookFontManifest['families'][number]

/** A family's faces and, once loaded, which of them draw each character. */
export class FamilyTable {
  readonly entry: FamilyEntry
  private drawn: Promise<Map<number, number[]>> | null = null
  constructor(entry: FamilyEntry) {
    this.entry = entry
  }

  /** Each character the family draws, and which of its faces (either style) draw it. */
  load(): Promise<Map<number, number[]>> {
    this.drawn ??= drawnBy(this.entry.faces)
    return this.drawn
  }
}

async function drawnBy(faces: readonly BookFontFace[]): Promise<Map<number, number[]>> {
  const drawn = new Map<number, number[]>()
  let inSlice = 0
  for (const [index, face] of faces.entries()) {
    for (const part of face.range.split(',')) {
      const [from, to] = part.slice(2).split('-')
      for (let point = parseInt(from!, 16), last = parseInt(to ?? from!, 16); point <= last; point++) {
        const list = drawn.get(point)
        if (list) list.push(index)
        else drawn.set(point, [index])
        if (++inSlice === POINTS_PER_SLICE) {
          inSlice = 0
          await nextTurn()
        }
      }
    }
  }
  return drawn
}

const manifests = new Map<string, Promise<FamilyTable[] | null>>()

/** The manifest's families in stack order, or null (and a warning) when the folder is missing. */
export function bookFontFamilies(dir: URL = BOOK_FONTS_DIR): Promise<FamilyTable[] | null> {
  let families = manifests.get(dir.href)
  if (!families) {
    // fs.promises at call time, with a path: in the packaged app Electron's patched fs reads inside the ASAR.
    families = fs.promises.readFile(fileURLToPath(new URL('fonts.json', dir)), 'utf8').then(
      (text) => (JSON.parse(text) as BookFontManifest).families.map((entry) => new FamilyTable(entry)),
      (error: unknown) => {
        console.warn(`Sevenfold: the book's fonts are missing (${String(error)}); printing with the system's fonts.`)
        // Asked again next time: the folder may be there by then.
        manifests.delete(dir.href)
        return null
      }
    )
    manifests.set(dir.href, families)
  }
  return families
}

/** How often each character other than ASCII occurs in every text the book holds, titles and bodies alike. */
export async function bookCharacters(book: PrintBook): Promise<Map<number, number>> {
  const counts = new Map<number, number>()
  let inSlice = 0
  const walk = async (value: unknown): Promise<void> => {
    if (typeof value === 'string') {
      // Counted within the string too: one text may be a whole body, a million characters.
      for (let i = 0; i < value.length; i++) {
        const point = value.codePointAt(i)!
        if (point > 0xffff) i++
        if (point >= 0x80) counts.set(point, (counts.get(point) ?? 0) + 1)
        if (++inSlice >= CHARS_PER_SLICE) {
          inSlice = 0
          await nextTurn()
        }
      }
    } else if (Array.isArray(value)) {
      for (const item of value) await walk(item)
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) await walk(item)
    }
  }
  await walk(book)
  return counts
}

/** A yield every POINTS_PER_SLICE steps of a loop over characters. */
function pacer(): () => Promise<void> | undefined {
  let steps = 0
  return () => {
    if (++steps < POINTS_PER_SLICE) return undefined
    steps = 0
    return nextTurn()
  }
}

/** As few of the family's faces as draw `points`, in each style: a greedy cover, most characters first. */
async function coveringFaces(entry: FamilyEntry, drawn: ReadonlyMap<number, number[]>, points: readonly number[]): Promise<number[]> {
  const chosen: number[] = []
  const pace = pacer()
  for (const style of ['normal', 'italic'] as const) {
    const covers = new Map<number, number[]>()
    for (const point of points) {
      await pace()
      for (const face of drawn.get(point) ?? []) {
        if (entry.faces[face]!.style !== style) continue
        const its = covers.get(face)
        if (its) its.push(point)
        else covers.set(face, [point])
      }
    }
    // How many characters each face would still add, kept up to date as faces are chosen: a
    // recount of every face per choice took 100 ms for a book using all of a Korean font.
    const adds = new Map([...covers].map(([face, its]) => [face, its.length]))
    const covered = new Set<number>()
    for (;;) {
      let best = -1
      let most = 0
      for (const [face, count] of adds) if (count > most) [best, most] = [face, count]
      if (best < 0) break
      chosen.push(best)
      adds.delete(best)
      for (const point of covers.get(best)!) {
        await pace()
        if (covered.has(point)) continue
        covered.add(point)
        for (const other of drawn.get(point)!) {
          const count = adds.get(other)
          if (count !== undefined) adds.set(other, count - 1)
        }
      }
    }
  }
  return chosen.sort((a, b) => a - b)
}

/**
 * The faces the book needs, in the order their @font-face rules must come: within the shared Han
 * family the rule defined last is tried first, so its faces come lowest priority first.
 */
export async function bookFaces(book: PrintBook, dir?: URL): Promise<PlacedFace[]> {
  const tables = await bookFontFamilies(dir)
  if (!tables) return []
  const counts = await bookCharacters(book)
  const han = (forms: HanForms) => tables.find((t) => t.entry.han === forms)
  const forms = await hanForms(counts, async () => {
    const [simplified, traditional] = await Promise.all([han('zh-Hans')?.load(), han('zh-Hant')?.load()])
    return (point) => ({ simplified: simplified?.has(point) ?? false, traditional: traditional?.has(point) ?? false })
  })
  await nextTurn()
  const hanStack = HAN_ORDER[forms].map(han).filter((t) => t !== undefined)
  const stack = [...tables.filter((t) => !t.entry.han && t.entry.id !== 'emoji'), ...hanStack, ...tables.filter((t) => t.entry.id === 'emoji')]

  // Each character to the first family that draws it; a family's table is loaded only while some are left.
  let left = [...new Set([...CHROME, ...counts.keys()])].filter((point) => !needsNoFont(point))
  const placed = new Map<FamilyTable, number[]>()
  const pace = pacer()
  for (const table of stack) {
    if (left.length === 0) break
    const drawn = await table.load()
    const mine: number[] = []
    const rest: number[] = []
    for (const point of left) {
      await pace()
      ;(drawn.has(point) ? mine : rest).push(point)
    }
    left = rest
    if (mine.length > 0) placed.set(table, await coveringFaces(table.entry, drawn, mine))
    await nextTurn()
  }
  const order = [...stack.filter((t) => !t.entry.han), ...[...hanStack].reverse()]
  return order.flatMap((table) => (placed.get(table) ?? []).map((i) => ({ ...table.entry.faces[i]!, family: table.entry.family })))
}
