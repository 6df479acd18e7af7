// The fonts a PDF really uses, read two ways that do not share code with ours: poppler's own
// tools (pdffonts lists the fonts, pdftotext copies the text out as a reader's viewer would), and
// pdfjs-dist's operator lists, which name the font of every glyph drawn and its glyph id. Chromium
// (Skia) embeds a variable font as a Type 3 font, which pdffonts lists without a name, so its name
// comes from its font descriptor, which pdfjs reads. A glyph is a missing-glyph box when it is
// glyph 0 (.notdef): in Skia's Type 3 fonts the procedure named "g0", in its CID fonts code 0.

import { execFileSync } from 'node:child_process'
import { createCanvas } from '@napi-rs/canvas'
import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'

function poppler(tool: 'pdffonts' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(
        `This test reads the PDF back with poppler's ${tool}, which is not installed: apt-get install -y poppler-utils (as root; .ci/run does it).`,
        {
          cause: error
        }
      )
    }
    throw error
  }
}

/** pdffonts' table: each font's name ("[none]" when it has none) and type. */
export function popplerFonts(file: string): Array<{ name: string; type: string }> {
  const lines = poppler('pdffonts', [file]).split('\n').slice(2)
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [name, ...rest] = line.split(/\s+/)
      return { name: name!, type: rest.slice(0, 2).join(' ') }
    })
}

/**
 * The text as pdftotext copies it out: by default in reading order, or `raw`, in the order it
 * was drawn (poppler's reading order puts a colour emoji, drawn a little above the line, on a
 * line of its own).
 */
export const popplerText = (file: string, mode: 'reading' | 'raw' = 'reading'): string => poppler('pdftotext', [...(mode === 'raw' ? ['-raw'] : []), file, '-'])

/** A font name without its subset tag: "ABCDEF+Literata-Regular" → "Literata-Regular". */
export const baseFontName = (name: string) => name.replace(/^[A-Z]{6}\+/, '')

export interface GlyphReport {
  /** Every font a glyph is drawn in, by base name ("" for one with no name at all). */
  fonts: Set<string>
  /** The glyphs drawn as .notdef: page and font. */
  missing: Array<{ page: number; font: string; unicode: string }>
  /** For each character drawn (as its glyph maps back), the fonts it was drawn in. */
  fontsOf: Map<string, Set<string>>
}

export async function glyphReport(bytes: Uint8Array): Promise<GlyphReport> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS, fontExtraProperties: true })
  const report: GlyphReport = { fonts: new Set(), missing: [], fontsOf: new Map() }
  try {
    const doc = await task.promise
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const ops = await page.getOperatorList()
      let font = { name: '', type: '' }
      for (let i = 0; i < ops.fnArray.length; i++) {
        if (ops.fnArray[i] === OPS.setFont) {
          const loaded = page.commonObjs.get(ops.argsArray[i][0]) as { name?: string; type?: string }
          font = { name: baseFontName(loaded.name ?? ''), type: loaded.type ?? '' }
          continue
        }
        if (ops.fnArray[i] !== OPS.showText) continue
        for (const glyph of ops.argsArray[i][0] as unknown[]) {
          // Numbers in the array are spacing; spaces may come as glyphs too.
          if (glyph === null || typeof glyph !== 'object') continue
          const { unicode, originalCharCode, operatorListId } = glyph as { unicode: string; originalCharCode: number; operatorListId?: string }
          report.fonts.add(font.name)
          const notdef = font.type === 'Type3' ? operatorListId === 'g0' : originalCharCode === 0
          if (notdef) report.missing.push({ page: n, font: font.name, unicode })
          const fonts = report.fontsOf.get(unicode) ?? new Set<string>()
          fonts.add(font.name)
          report.fontsOf.set(unicode, fonts)
        }
      }
    }
  } finally {
    await task.destroy()
  }
  return report
}

/**
 * How many pixels of page `n` are in colour (not grey), drawn by pdfjs: a glyph can be in the
 * font list and map back to its text and still draw nothing (an OpenType-SVG emoji font does
 * that in Chromium), so emoji are checked by what they put on the page.
 */
export async function colourfulPixels(bytes: Uint8Array, n: number): Promise<number> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS })
  try {
    const page = await (await task.promise).getPage(n)
    const viewport = page.getViewport({ scale: 1 })
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height))
    await page.render({ canvas: canvas as never, viewport, background: '#ffffff' }).promise
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
    let count = 0
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!]
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++
    }
    return count
  } finally {
    await task.destroy()
  }
}
