// The IPC fuzz's hostile passphrases (issue 13): the long digit- and symbol-heavy kinds zxcvbn is
// slowest on, and one that NFKC makes eighteen times longer, sent to every method that takes a
// passphrase. Each request's payload is built for the fuzz world (fuzz-world.ts) so that even an
// accepted passphrase changes nothing: wrong current passphrases, codes that open nothing, a
// third journal where two exist, a vault where one exists.

import fc from 'fast-check'
import { cycled, DIGIT_SYMBOL_CYCLE, DIGITS, PRINTABLE, SYMBOLS } from '../../support/hostile-passphrases.ts'
import { PART_A, paragraphDoc } from '../../support/backend.ts'
import type { World } from './fuzz-world.ts'

export interface HostilePassphrase {
  /** What it is, for a failure's line: the passphrase itself is never printed. */
  kind: string
  text: string
}

const of =
  (kind: string) =>
  (text: string): HostilePassphrase => ({ kind: `${kind}, ${text.length} characters`, text })
const unit = (alphabet: string) => fc.constantFrom(...alphabet)

export const hostilePassphrase: fc.Arbitrary<HostilePassphrase> = fc.oneof(
  fc.integer({ min: 32, max: 1024 }).map((n) => of('0!1@2#3$… over and over')(cycled(DIGIT_SYMBOL_CYCLE, n))),
  fc.string({ unit: unit(PRINTABLE), minLength: 256, maxLength: 1024 }).map(of('random printable ASCII')),
  fc.string({ unit: unit(DIGITS), minLength: 256, maxLength: 1024 }).map(of('random digits')),
  fc.string({ unit: unit(DIGITS + SYMBOLS), minLength: 100, maxLength: 1024 }).map(of('random digits and symbols')),
  fc
    .tuple(fc.string({ unit: unit(DIGITS + SYMBOLS), minLength: 2, maxLength: 12 }), fc.integer({ min: 100, max: 1024 }))
    .map(([group, n]) => of('a group of digits and symbols repeated')(cycled(group, n))),
  // U+FDFA is one character that NFKC turns into eighteen.
  fc.integer({ min: 10, max: 1024 }).map((n) => of('U+FDFA, 18 characters each once normalised')('\uFDFA'.repeat(n)))
)

/** Every method that takes a passphrase, with `text` in each passphrase field. */
export function passphraseRequests({ target }: World, text: string): Array<{ channel: string; payload: Record<string, unknown> }> {
  // Well-formed, but opens nothing here.
  const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD'
  const other = [...text].reverse().join('')
  return [
    { channel: 'profile.create', payload: { displayName: 'Cleo', passphrase: text } },
    { channel: 'session.unlock', payload: { profileId: target.ana, passphrase: text } },
    { channel: 'session.changePassphrase', payload: { currentPassphrase: text, newPassphrase: text } },
    { channel: 'session.recover', payload: { profileId: target.ana, recoveryCode: code, newPassphrase: text } },
    { channel: 'vault.create', payload: { partA: text, partB: other } },
    { channel: 'vault.givePart', payload: { part: 'a', passphrase: text } },
    { channel: 'vault.changePassphrase', payload: { currentPartA: text, currentPartB: PART_A, newPartA: text, newPartB: other } },
    { channel: 'vault.recover', payload: { halfA: code, halfB: code, newPartA: other, newPartB: text } },
    { channel: 'backup.restore', payload: { passphrase: text } },
    // Refused before the passphrase is tried: the vault exists, and no one asked to end it alone.
    { channel: 'endings.deleteJournal', payload: { passphrase: text, confirmName: 'Ben' } },
    { channel: 'endings.endAlone', payload: { passphrase: text, confirm: 'end our vault' } },
    // Both parts again, tried like an opening (if the vault is open) or refused as LOCKED first.
    { channel: 'endings.endTogether', payload: { confirm: 'end our vault', partA: text, partB: other } },
    // A drop-in as Ana from the lock screen's side (Ben's journal is the open one): her passphrase.
    { channel: 'vault.seal', payload: { authorId: target.ana, title: 'A hostile passphrase', body: paragraphDoc('x'), passphrase: text } },
    // An idea for time together, dropped in sealed as Ana the same way.
    { channel: 'vaultTime.sealIdea', payload: { authorId: target.ana, text: 'A hostile passphrase', passphrase: text } }
  ]
}

/** What such a request may be answered with besides a value, and why. */
export const ACCEPTABLE_FOR_HOSTILE: Record<string, string> = {
  INVALID_INPUT: 'the passphrase is refused, the two parts are the same, or the code has a typo',
  LIMIT_REACHED: 'two journals and a vault exist already',
  WRONG_PASSPHRASE: 'the current passphrase or code is not this journal’s or vault’s',
  TOO_MANY_ATTEMPTS: 'after a few wrong ones, the wait before the next try',
  FORBIDDEN: 'a journal is not deleted while its vault exists',
  NOT_FOUND: 'no one has asked to end the vault alone',
  LOCKED: 'ending the vault together needs it open together'
}
