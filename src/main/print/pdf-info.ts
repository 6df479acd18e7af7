// A saved PDF's document information: what was printed, who wrote it, when it was made. Chromium
// takes only the title (from <title>) and signs the file with its user agent; this appends a new
// Info dictionary as an incremental update (ISO 32000-1, 7.5.6): the renderer's bytes stay as they
// are, and after them come the new object, a cross-reference section for it alone and a trailer
// that points back at the old one. Strings are UTF-16BE with a byte order mark, written in hex, so
// no title (non-Latin, parentheses, backslashes) needs escaping. Anything but the plain file
// Chromium writes (an xref stream, encryption) is left as it came: the PDF is still right, only
// its metadata is Chromium's.

export interface PdfInfo {
  /** "Ana — Trust each other" */
  title: string
  /** "Ana", or "Ana and Ben" for the vault. */
  author: string
  created: Date
}

const CREATOR = 'Sevenfold'

/** A PDF text string: UTF-16BE after FE FF, in hex. Control characters become spaces. */
export function pdfText(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.toWellFormed().replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
  let hex = 'FEFF'
  for (let i = 0; i < clean.length; i++) hex += clean.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  return `<${hex}>`
}

const two = (n: number) => String(n).padStart(2, '0')

/** D:YYYYMMDDHHmmSS+HH'mm', in local time with its offset from UTC. */
export function pdfDate(at: Date): string {
  const offset = -at.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}'${two(Math.abs(offset) % 60)}'`
  return `(D:${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}${zone})`
}

/** The last trailer of a PDF whose last cross-reference section is a classic table; null otherwise. */
function lastTrailer(pdf: Buffer): { prev: number; size: number; root: string } | null {
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(pdf.subarray(Math.max(0, pdf.length - 256)).toString('latin1'))
  if (!end) return null
  const prev = Number(end[1])
  if (prev >= pdf.length || pdf.subarray(prev, prev + 4).toString('latin1') !== 'xref') return null
  const at = pdf.indexOf('trailer', prev, 'latin1')
  if (at < 0) return null
  const trailer = pdf.subarray(at, pdf.lastIndexOf('startxref')).toString('latin1')
  const size = /\/Size\s+(\d+)/.exec(trailer)
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer)
  if (!size || !root || /\/(Encrypt|XRefStm)\b/.test(trailer)) return null
  return { prev, size: Number(size[1]), root: root[1]! }
}

/** `pdf` with `info` as its document information (or as it was, if it is not a file this can extend). */
export function withInfo(pdf: Buffer, info: PdfInfo): Buffer {
  const last = lastTrailer(pdf)
  if (!last) return pdf
  const number = last.size
  const date = pdfDate(info.created)
  const lead = pdf.at(-1) === 0x0a ? '' : '\n'
  const object = `${number} 0 obj\n<< /Title ${pdfText(info.title)} /Author ${pdfText(info.author)} /Creator ${pdfText(CREATOR)} /CreationDate ${date} /ModDate ${date} >>\nendobj\n`
  const objectAt = pdf.length + lead.length
  const xrefAt = objectAt + object.length
  // Each entry is exactly 20 bytes: offset, generation, "n", and a two-byte end of line.
  const xref = `xref\n${number} 1\n${String(objectAt).padStart(10, '0')} 00000 n\r\n`
  const trailer = `trailer\n<< /Size ${number + 1} /Root ${last.root} /Info ${number} 0 R /Prev ${last.prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.concat([pdf, Buffer.from(lead + object + xref + trailer, 'latin1')])
}
