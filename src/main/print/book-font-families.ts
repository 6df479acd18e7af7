// The fonts the printed book is set in, which travel with the app (resources/fonts/, made from
// these packages by scripts/book-fonts.ts): Literata, the type the app writes in, for
// Latin, Greek, Cyrillic and Vietnamese; then a font for each script it lacks; then colour emoji.
// Their order here is the order of the print CSS's font stack. Plain data: the build script
// imports it too.

/** Which Han forms a book's Chinese characters take (book-fonts.ts chooses per book). */
export type HanForms = 'zh-Hans' | 'zh-Hant' | 'ja' | 'ko'

export interface BookFontSource {
  /** Our folder under resources/fonts/ and the manifest's key. */
  id: string
  /** The CSS family name the print document gives it: ours, so an installed font never stands in. */
  family: string
  package: string
  /** The package's style sheets whose @font-face rules name the slices we take. */
  sheets: string[]
  /** The Han families share one family name, their faces ordered per book. */
  han?: HanForms
  /** Overrides the sheets' font-weight: colour emoji is never made bold by smearing it. */
  weight?: string
}

export const BOOK_FONT_SOURCES: readonly BookFontSource[] = [
  { id: 'literata', family: 'Sevenfold Literata', package: '@fontsource-variable/literata', sheets: ['wght.css', 'wght-italic.css'] },
  { id: 'arabic', family: 'Sevenfold Arabic', package: '@fontsource-variable/noto-naskh-arabic', sheets: ['wght.css'] },
  { id: 'hebrew', family: 'Sevenfold Hebrew', package: '@fontsource-variable/noto-serif-hebrew', sheets: ['wght.css'] },
  { id: 'devanagari', family: 'Sevenfold Devanagari', package: '@fontsource-variable/noto-serif-devanagari', sheets: ['wght.css'] },
  { id: 'han-sc', family: 'Sevenfold Han', package: '@fontsource-variable/noto-serif-sc', sheets: ['wght.css'], han: 'zh-Hans' },
  { id: 'han-tc', family: 'Sevenfold Han', package: '@fontsource-variable/noto-serif-tc', sheets: ['wght.css'], han: 'zh-Hant' },
  { id: 'han-jp', family: 'Sevenfold Han', package: '@fontsource-variable/noto-serif-jp', sheets: ['wght.css'], han: 'ja' },
  { id: 'han-kr', family: 'Sevenfold Han', package: '@fontsource-variable/noto-serif-kr', sheets: ['wght.css'], han: 'ko' },
  // Noto Color Emoji as COLRv1, which Chromium draws into a PDF; Fontsource's is OpenType-SVG,
  // which Chromium neither shows nor prints (its emoji came out invisible).
  { id: 'emoji', family: 'Sevenfold Emoji', package: '@infolektuell/noto-color-emoji', sheets: ['index.css'], weight: '100 900' }
]

/**
 * Characters that never send Chromium to another font: joiners, variation selectors and other
 * invisible ones take the font of the letters around them, and HarfBuzz makes the typographic
 * spaces (U+2000–U+200A, U+202F, U+205F) from a font's own space when it lacks them.
 */
export const needsNoFont = (point: number) =>
  (point >= 0x2000 && point <= 0x200a) || point === 0x202f || point === 0x205f || /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(point))

/** The print CSS's font stack, ours first; system fonts follow it only for scripts we do not carry. */
export const BOOK_FONT_STACK = [...new Set(BOOK_FONT_SOURCES.map((source) => `"${source.family}"`))].join(', ')

/** resources/fonts/fonts.json, as scripts/book-fonts.ts writes it. */
export interface BookFontManifest {
  /** Bumped when the script's rules change, so an older folder is made again. */
  generator: number
  /** Each package's version, as installed when the folder was made. */
  sources: Record<string, string>
  families: Array<{
    id: string
    family: string
    han?: HanForms
    package: string
    version: string
    /** Relative to resources/fonts/. */
    license: string
    faces: BookFontFace[]
  }>
}

export interface BookFontFace {
  /** Relative to resources/fonts/. */
  file: string
  style: 'normal' | 'italic'
  weight: string
  bytes: number
  /** What the file really draws, from its own cmap, as a CSS unicode-range. */
  range: string
}
