// Passphrases zxcvbn is slowest on: long runs of digits and symbols, which it tries to read as
// dates, years, sequences, repeats and keyboard walks at every offset (a second or more each,
// up to the 256 characters it reads). Shared by the attack test and the IPC fuzz.

import { randomInt } from 'node:crypto'

export const DIGITS = '0123456789'
export const SYMBOLS = '!@#$%^&*()-_=+[]{};:\'",.<>/?\\|`~'
/** Every printable ASCII character but the space. */
export const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join('')
/** A digit, then the symbol above it on a US keyboard. */
export const DIGIT_SYMBOL_CYCLE = '0!1@2#3$4%5^6&7*8(9)'

/** `pattern` over and over, cut to `length`. */
export function cycled(pattern: string, length: number): string {
  return pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length)
}

export function randomOf(alphabet: string, length: number): string {
  return Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('')
}

/** One of each kind, by what it is; the last is refused (a repeat), the others accepted. */
export function hostilePassphrases(): Record<string, string> {
  return {
    '1,024 characters of 0!1@2#3$…': cycled(DIGIT_SYMBOL_CYCLE, 1024),
    '1,024 random printable ASCII characters': randomOf(PRINTABLE, 1024),
    '256 random digits': randomOf(DIGITS, 256),
    '1,024 characters of 1234567890…': cycled('1234567890', 1024)
  }
}
