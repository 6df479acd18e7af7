import { describe, expect, it } from 'vitest'
import { pdfDate, pdfText, withInfo } from '../../../../src/main/print/pdf-info.ts'

const INFO = { title: 'Ana — Trust each other', author: 'Ana', created: new Date(Date.UTC(2026, 0, 5, 9, 30, 0)) }

describe("a PDF's document information", () => {
  it('writes text as UTF-16BE after a byte order mark, in hex: parentheses, backslashes and any script need no escape', () => {
    expect(pdfText('A(b)\\')).toBe('<FEFF0041002800620029005C>')
    expect(pdfText('ثق😀')).toBe('<FEFF062B0642D83DDE00>')
    // A lone surrogate is no character: it becomes U+FFFD; control characters become spaces.
    expect(pdfText('a\ud800b')).toBe('<FEFF0061FFFD0062>')
    expect(pdfText('a\u0000\u007f\u0085b')).toBe('<FEFF006100200062>')
  })

  it('writes dates with their offset from UTC', () => {
    expect(pdfDate(INFO.created)).toMatch(/^\(D:\d{14}[+-]\d{2}'\d{2}'\)$/)
  })

  it('leaves alone what it cannot extend: not a PDF, an xref stream, an encrypted file', () => {
    const notPdf = Buffer.from('Dear diary')
    expect(withInfo(notPdf, INFO)).toBe(notPdf)
    const stream = Buffer.from('%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n9\n%%EOF\n')
    expect(withInfo(stream, INFO)).toBe(stream)
    const encrypted = Buffer.from('%PDF-1.4\nxref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 1 /Root 1 0 R /Encrypt 2 0 R >>\nstartxref\n9\n%%EOF\n')
    expect(withInfo(encrypted, INFO)).toBe(encrypted)
  })

  it('appends a new Info object, its one cross-reference entry at its true offset, and a trailer pointing back', () => {
    const pdf = Buffer.from('%PDF-1.4\nxref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 5 /Root 3 0 R /Info 1 0 R >>\nstartxref\n9\n%%EOF\n')
    const out = withInfo(pdf, INFO)
    expect(out.subarray(0, pdf.length).equals(pdf)).toBe(true)
    const added = out.subarray(pdf.length).toString('latin1')
    const offset = Number(/xref\n5 1\n(\d{10}) 00000 n\r\n/.exec(added)![1])
    expect(out.subarray(offset).toString('latin1')).toMatch(/^5 0 obj\n<< \/Title <FEFF0041006E0061/)
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(added)![1])
    expect(out.subarray(xrefAt, xrefAt + 4).toString('latin1')).toBe('xref')
    expect(added).toContain('trailer\n<< /Size 6 /Root 3 0 R /Info 5 0 R /Prev 9 >>')
  })
})
