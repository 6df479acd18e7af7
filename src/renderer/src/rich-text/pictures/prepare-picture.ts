// A file a person pasted, dropped or chose, made ready to store: refused early where its size
// or first bytes already say no, then decoded, scaled and encoded again in a worker of its own
// (prepare-worker.ts), which ends with it, so no decoded photo stays in memory after.

import type { PictureType } from '../../../../shared/pictures.ts'
import { checkBeforeDecoding, HEAD_BYTES, type PictureRefusal } from './picture-refusals.ts'
import type { PrepareAnswer, PrepareRequest } from './prepare-worker.ts'

export interface PreparedPicture {
  bytes: Uint8Array
  type: PictureType
  width: number
  height: number
}

export type Prepared = { ok: true; picture: PreparedPicture } | { ok: false; refusal: PictureRefusal }

function inWorker(request: PrepareRequest): Promise<PrepareAnswer> {
  // The literal `new Worker(new URL(…))` is what Vite bundles as a worker of its own, one classic
  // script (no imports), loaded from app:// as the page's own files are.
  const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url), { name: 'prepare-picture' })
  return new Promise((resolve) => {
    const done = (answer: PrepareAnswer) => {
      worker.terminate()
      resolve(answer)
    }
    worker.onmessage = (event: MessageEvent<PrepareAnswer>) => done(event.data)
    // A decoder that fails so badly it ends the worker (out of memory, say) is a picture that could not be read.
    worker.onerror = () => done({ ok: false, refusal: { kind: 'damaged' } })
    worker.postMessage(request)
  })
}

export async function preparePicture(file: File): Promise<Prepared> {
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer())
  const checked = checkBeforeDecoding(file, head)
  if ('refusal' in checked) return { ok: false, refusal: checked.refusal }
  return inWorker({ file, format: checked.format })
}
