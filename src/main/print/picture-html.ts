// A picture in a printed body, or in the HTML export (issue 19): inline as a data: URL (named by
// a token here, put in where the document is written: inline-pieces.ts), with the
// person's own words for it as its alt text. In print it is as wide as its pixels at 150 dpi
// (so a photo of 2,560 pixels fills the text's width and a small one is not blown up past that),
// never wider than the text nor taller than most of the page (there is room for its reflection's
// heading above it), and never cut across pages. Its size is given in the img's width and height
// (CSS pixels), which the print CSP allows where a style attribute would need 'unsafe-inline'.

import type { InlinePictures } from '../pictures/index.ts'
import type { PaperSize } from '../../shared/print.ts'
import { escapeHtml } from './html-escape.ts'

/** Pixels per inch a picture prints at, at most; 96 CSS pixels make an inch. */
export const PRINT_DPI = 150
const CSS_PX_PER_INCH = 96
const MM_PER_INCH = 25.4
/** Of the page's height, what a picture may take: the rest is for its reflection's heading and date. */
const PAGE_SHARE = 0.85

/** The room a picture has, in CSS pixels. */
export interface PictureFrame {
  width: number
  height: number
}

const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  Letter: { width: 215.9, height: 279.4 },
  A5: { width: 148, height: 210 }
}

/** The text's width and the share of the page's height a picture may fill, on this paper with these margins. */
export function printFrame(paperSize: PaperSize, marginMm: number): PictureFrame {
  const paper = PAPER_MM[paperSize]
  const px = (mm: number) => (mm / MM_PER_INCH) * CSS_PX_PER_INCH
  return { width: px(paper.width - 2 * marginMm), height: px(paper.height - 2 * marginMm) * PAGE_SHARE }
}

/** How large a picture of `width` × `height` pixels prints, in whole CSS pixels, within `frame` if there is one. */
export function printedSize(width: number, height: number, frame?: PictureFrame): PictureFrame {
  const natural = { width: (width / PRINT_DPI) * CSS_PX_PER_INCH, height: (height / PRINT_DPI) * CSS_PX_PER_INCH }
  const scale = frame ? Math.min(1, frame.width / natural.width, frame.height / natural.height) : 1
  return { width: Math.max(1, Math.floor(natural.width * scale)), height: Math.max(1, Math.floor(natural.height * scale)) }
}

export interface PictureContext {
  pictures: InlinePictures
  /** The page's room (print); none for the HTML export, where the page's width bounds it. */
  frame?: PictureFrame
}

/**
 * A picture node as HTML: the picture itself, or words saying it is missing (not this journal's,
 * or damaged). `inline`: inside a line of text (no block of its own).
 */
export function pictureHtml(attrs: Record<string, unknown> | undefined, context: PictureContext | undefined, inline = false): string {
  const alt = typeof attrs?.alt === 'string' ? attrs.alt.replace(/\s+/g, ' ').trim() : ''
  const picture = typeof attrs?.id === 'string' ? context?.pictures.get(attrs.id) : undefined
  if (!picture) {
    const words = `A picture that could not be shown${alt === '' ? '' : `: ${escapeHtml(alt)}`}`
    return inline ? `<span class="picture-missing">(${words})</span>` : `<p class="picture-missing">${words}</p>`
  }
  const size = printedSize(picture.width, picture.height, context?.frame)
  // Its source is a token the document's writer replaces with its data: URL (inline-pieces.ts): ours, nothing to escape.
  const img = `<img src="${picture.token}" alt="${escapeHtml(alt)}" width="${size.width}" height="${size.height}">`
  return inline ? img : `<figure class="picture">${img}</figure>`
}

/** How pictures look in print and in the HTML export. */
export const PICTURE_CSS = `
.entry-body .picture { margin: 0.8em 0; text-align: center; break-inside: avoid; }
.entry-body .picture img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.entry-body .picture-missing { font-style: italic; color: #666; }
`
