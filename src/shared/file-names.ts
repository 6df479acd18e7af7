// Names for exported files and folders, from titles people wrote: every common file system
// must accept them, none may climb out of its folder ("../x", "a/b") or hide (".x"), none may
// be a name Windows keeps for devices ("CON", "nul.txt"), and two reflections with the same
// title on the same day must not overwrite each other.

// Characters some file system refuses in a name, control characters (C0, DEL and C1), and lone
// surrogates (no character at all: a file system would get U+FFFD or refuse the name).
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\p{Cs}]+/gu
// Bidi embeddings, overrides and isolates: in a file manager U+202E shows the letters after it
// reversed ("holiday\u202Egpj.md" reads as "holidaydm.jpg"), a name that lies about itself.
// They go without a trace.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i
const MAX_BYTES = 150

/** The length of one code point in UTF-8 (here, not with Buffer: shared code runs in the renderer too). */
function utf8Length(char: string): number {
  const point = char.codePointAt(0) ?? 0
  return point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4
}

function cutToBytes(text: string, max: number): string {
  let bytes = 0
  let out = ''
  for (const char of text) {
    bytes += utf8Length(char)
    if (bytes > max) break
    out += char
  }
  return out
}

/** `raw` with what no file system takes removed; '' when nothing is left. */
export function cleanName(raw: string): string {
  const cleaned = raw.normalize('NFC').replace(BIDI_CONTROLS, '').replace(UNSAFE, ' ').replace(/\s+/g, ' ')
  // Windows drops trailing dots and spaces; a leading dot hides a file (and ".." climbs).
  return cutToBytes(cleaned.replace(/^[.\s]+/, ''), MAX_BYTES).replace(/[.\s]+$/, '')
}

/** A name for one path component: readable, safe everywhere, never empty, never a device. */
export function safeName(raw: string, fallback: string): string {
  const name = cleanName(raw) || fallback
  return RESERVED.test(name) ? `${name}_` : name
}

/** Hands out names in one folder, each once, ignoring case (as macOS and Windows do). */
export class NameBook {
  readonly #taken = new Set<string>()

  /** `stem` (already safe) with `extension`, or "stem (2)", "stem (3)"… if taken. */
  claim(stem: string, extension = ''): string {
    for (let n = 1; ; n++) {
      const name = `${n === 1 ? stem : `${stem} (${n})`}${extension}`
      // Upper case first, as those file systems compare: lower case alone keeps "ς" and "σ", "ſ" and "s" apart.
      const key = name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC')
      if (this.#taken.has(key)) continue
      this.#taken.add(key)
      return name
    }
  }
}
