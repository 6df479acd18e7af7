// What the pictures feature offers the others: import it from here, never from its files.

export type { PictureReader } from './handlers.ts'
export { inlineParts, inlinePictures } from './inline-pictures.ts'
export type { InlinePicture, InlinePictures } from './inline-pictures.ts'
