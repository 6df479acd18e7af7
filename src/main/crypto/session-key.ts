// An open journal's key in two forms: the Buffer we own and wipe, and a KeyObject for the
// thousands of AES-GCM operations while it is open. Node imports a Buffer key afresh for
// every cipher (about 13 µs each here, measured in `npm run bench`); a KeyObject is
// imported once, which is what keeps unlocking a 10,000-reflection journal under target.
//
// A KeyObject's native copy cannot be wiped from JavaScript. Node frees it with
// OPENSSL_clear_free (zeroing it) when V8 collects the object, so closing drops our only
// reference and asks for a full collection at once instead of whenever V8 gets round to it.

import { createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { wipe } from './secret-buffer.ts'

const fullCollection: () => void = (() => {
  const exposed = (globalThis as { gc?: () => void }).gc
  if (typeof exposed === 'function') return exposed
  setFlagsFromString('--expose-gc')
  const gc: unknown = runInNewContext('gc')
  return typeof gc === 'function' ? (gc as () => void) : () => undefined
})()

export class SessionKey {
  #bytes: Buffer | null
  #object: KeyObject | null

  /** Takes ownership of `bytes`: they are wiped on close. */
  constructor(bytes: Buffer) {
    this.#bytes = bytes
    this.#object = createSecretKey(bytes)
  }

  get isOpen(): boolean {
    return this.#object !== null
  }

  /** The key for AES-GCM; throws once closed. */
  get cipherKey(): KeyObject {
    if (!this.#object) throw new Error('This key has been closed')
    return this.#object
  }

  /** Whether `bytes` are this key (in constant time): a passphrase proven again must open this very key. */
  matches(bytes: Buffer): boolean {
    return this.#bytes !== null && bytes.length === this.#bytes.length && timingSafeEqual(bytes, this.#bytes)
  }

  /** Takes `bytes` in place of the key it held (a re-key): the old bytes are wiped, the old KeyObject let go. */
  replace(bytes: Buffer): void {
    if (!this.#object) throw new Error('This key has been closed')
    const object = createSecretKey(bytes)
    wipe(this.#bytes)
    this.#bytes = bytes
    this.#object = object
    fullCollection()
  }

  close(): void {
    wipe(this.#bytes)
    this.#bytes = null
    this.#object = null
    fullCollection()
  }
}
