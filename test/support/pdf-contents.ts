// Reading a printed book's contents back as a reader sees it: each contents line is a link (its
// rectangle on the page, and the id it goes to, as our HTML wrote it), and the number printed at
// its right-hand end is whatever digits the page's text has there. Also: on which page a piece of
// text is, to find where a heading really landed without asking the PDF's outline.

import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface ContentsLine {
  /** The id the line links to ("ch1", "ch1-2"). */
  key: string
  /** The page the line is printed on (1-based). */
  page: number
  /** The number printed at its end, or null when there is none. */
  number: number | null
}

interface Placed {
  str: string
  x: number
  y: number
  width: number
}

/** The page number's box is the last 11 mm of the line (print-css.ts); a little more, for rounding. */
const NUMBER_BOX = (12 / 25.4) * 72

/** Every line that links inside the document, in page order, with the number at its end. */
export async function contentsLines(bytes: Uint8Array): Promise<ContentsLine[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS })
  try {
    const doc = await task.promise
    const lines: ContentsLine[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link' && typeof a.dest === 'string')
      if (links.length === 0) continue
      const items: Placed[] = (await page.getTextContent()).items.flatMap((item) =>
        'str' in item ? [{ str: item.str.trim(), x: item.transform[4] as number, y: item.transform[5] as number, width: item.width }] : []
      )
      for (const link of links) {
        const [x1, y1, x2, y2] = link.rect as [number, number, number, number]
        const digits = items.filter((i) => /^\d+$/.test(i.str) && i.y >= y1 && i.y <= y2 && i.x >= x2 - NUMBER_BOX && i.x + i.width <= x2 + 1 && i.x >= x1)
        lines.push({ key: link.dest as string, page: n, number: digits.length === 1 ? Number(digits[0]!.str) : null })
      }
    }
    return lines
  } finally {
    await task.destroy()
  }
}
