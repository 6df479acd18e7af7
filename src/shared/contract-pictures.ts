// The pictures' part of the contract (contract.ts spreads it in; issue 19): a picture is stored
// in the open journal once the renderer has scaled and re-encoded it (pictures.ts), and fetched
// by id when a body that refers to it is shown. The bytes travel as a Uint8Array (Electron's
// IPC clones it; the browser tests' binding carries typed arrays too).

import { z } from 'zod'
import { id } from './contract-fields.ts'
import { method } from './contract-method.ts'
import { PICTURE_STORED_LIMITS, type Picture, type PictureInfo } from './pictures.ts'

const MAX_MB = Math.round(PICTURE_STORED_LIMITS.maxBytes / (1024 * 1024))

/**
 * The picture's bytes: a real Uint8Array (ArrayBuffer.isView reads the internal slot, so an
 * object that only borrows Uint8Array's prototype is refused before its length is read), of
 * bounded size. What they hold is checked by the main process (JPEG or PNG, no metadata).
 */
export const pictureBytes = z
  .custom<Uint8Array>((value) => ArrayBuffer.isView(value) && value instanceof Uint8Array, { error: 'must be the picture’s bytes' })
  .refine((bytes) => bytes.byteLength > 0, 'is empty')
  .refine((bytes) => bytes.byteLength <= PICTURE_STORED_LIMITS.maxBytes, `is too large (at most ${MAX_MB} MB)`)

export const pictureContract = {
  pictures: {
    /**
     * Stores a picture in the open journal (PICTURE_REFUSED if it is not a JPEG or PNG as the
     * renderer makes them: too large, or carrying metadata). The same bytes already in this
     * journal give the same id back: each picture is stored once per journal.
     */
    add: method(z.strictObject({ bytes: pictureBytes })).returns<PictureInfo>(),
    /**
     * One picture of the open journal with its bytes. NOT_FOUND for an id this journal does not
     * hold (a body copied from elsewhere); TAMPERED when its file is missing or fails its check.
     */
    get: method(z.strictObject({ id })).returns<Picture>()
  }
} as const
