// Why a picture is not stored, in the words a person sees. The renderer re-encodes every picture
// before sending it, so these are met only when something went wrong on the way (or a page that
// is not ours sent the bytes); each says to add it again, which re-encodes it.

import { AppError } from '../../shared/errors.ts'
import { PICTURE_STORED_LIMITS } from '../../shared/pictures.ts'

export type RefusalKind = 'not-a-picture' | 'damaged' | 'too-large' | 'metadata' | 'unsupported'

/** What a structure walk found wrong; turned into the person's sentence by `refusal`. */
export class PictureProblem extends Error {
  readonly kind: RefusalKind
  constructor(kind: RefusalKind, detail: string) {
    super(detail)
    this.name = 'PictureProblem'
    this.kind = kind
  }
}

const SENTENCES: Record<RefusalKind, string> = {
  'not-a-picture': 'This is not a JPEG or PNG picture, so it was not added. Add the picture again from its file.',
  damaged: 'This picture is incomplete or damaged, so it was not added. Add it again from its file.',
  'too-large': `This picture is larger than ${PICTURE_STORED_LIMITS.maxLongSide.toLocaleString('en')} pixels on its long side, so it was not added. Add it again so Sevenfold can make it smaller first.`,
  metadata:
    'This picture still carries details beside the image (such as where or when it was taken), so it was not stored. Add it again so Sevenfold can take them out first.',
  unsupported: 'This picture is stored in a way Sevenfold does not keep, so it was not added. Add it again so Sevenfold can save it as an ordinary JPEG or PNG.'
}

export function refusal(problem: PictureProblem): AppError {
  return new AppError('PICTURE_REFUSED', SENTENCES[problem.kind])
}
