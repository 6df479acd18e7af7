// Where a PDF draws its pictures, read with pdfjs-dist's operator lists: every image painted, on
// which page, and the box it fills there (from the transform in force when it is painted), in
// points from the page's bottom left. A picture cut across two pages would be painted on both.

import { getDocument, OPS, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface DrawnImage {
  page: number
  /** pdfjs's name for the image object; the same name on two pages is one picture drawn twice. */
  name: string
  x: number
  y: number
  width: number
  height: number
  pageWidth: number
  pageHeight: number
}

type Matrix = [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]

function times(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5]
  ]
}

const PAINTS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject])

export async function drawnImages(bytes: Uint8Array): Promise<DrawnImage[]> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: VerbosityLevel.ERRORS })
  const doc = await task.promise
  const found: DrawnImage[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const [, , pageWidth, pageHeight] = page.view as [number, number, number, number]
      const ops = await page.getOperatorList()
      let ctm: Matrix = IDENTITY
      const saved: Matrix[] = []
      for (let i = 0; i < ops.fnArray.length; i++) {
        const fn = ops.fnArray[i]
        const args = ops.argsArray[i] as unknown[]
        if (fn === OPS.save) saved.push(ctm)
        else if (fn === OPS.restore) ctm = saved.pop() ?? IDENTITY
        else if (fn === OPS.transform) ctm = times(ctm, args as Matrix)
        else if (fn === OPS.paintFormXObjectBegin) {
          // A form draws under its own matrix, until its end.
          saved.push(ctm)
          if (Array.isArray(args[0]) && args[0].length === 6) ctm = times(ctm, args[0] as Matrix)
        } else if (fn === OPS.paintFormXObjectEnd) ctm = saved.pop() ?? IDENTITY
        else if (fn !== undefined && PAINTS.has(fn)) {
          // An image fills the unit square under the transform: its corners are the matrix's columns.
          const xs = [ctm[4], ctm[4] + ctm[0], ctm[4] + ctm[2], ctm[4] + ctm[0] + ctm[2]]
          const ys = [ctm[5], ctm[5] + ctm[1], ctm[5] + ctm[3], ctm[5] + ctm[1] + ctm[3]]
          found.push({
            page: n,
            name: String(args[0]),
            x: Math.min(...xs),
            y: Math.min(...ys),
            width: Math.max(...xs) - Math.min(...xs),
            height: Math.max(...ys) - Math.min(...ys),
            pageWidth,
            pageHeight
          })
        }
      }
    }
  } finally {
    await task.destroy()
  }
  return found
}
