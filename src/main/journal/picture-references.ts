// What still refers to a picture of a journal (issue 19): the one question a picture's removal
// asks, answered in one place. Today only the reflections' bodies do, through the picture ids
// each header keeps (taken at every save of the body, so no body is read); versions and recently
// deleted reflections join here as further sources when they come. A picture nothing refers to
// is removed (pictures/), but never while part of the journal cannot be read: what an unreadable
// reflection refers to is not known, so nothing is taken as unreferenced then.

import type { Journal } from './journal.ts'

/** What a journal needs of its pictures while it saves (pictures/ answers it over the picture rows). */
export interface PictureHooks {
  /** Of these ids (those a body shows), the ones this journal holds, in the same order. */
  own(ids: string[]): string[]
  /** A save or a delete just took these references away: the pictures may be unreferenced now. */
  dropped(ids: string[]): void
}

export const NO_PICTURES: PictureHooks = { own: () => [], dropped: () => undefined }

export interface PictureReferences {
  /** Every picture id something of the journal still refers to. */
  ids: Set<string>
  /** False when part of the journal could not be read: then none may be taken as unreferenced. */
  complete: boolean
}

export function pictureReferences(journal: Journal): PictureReferences {
  const ids = new Set<string>()
  for (const shown of journal.picturesShown()) for (const id of shown) ids.add(id)
  return { ids, complete: journal.allReflectionsRead() }
}
