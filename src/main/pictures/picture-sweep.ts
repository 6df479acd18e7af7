// At unlock (issue 19): a picture nothing in the journal refers to (pasted and never saved, or
// left by a crash between a save and its removal) is removed, and a picture a reflection refers
// to with no row is counted as damaged (deleted behind the journal's back). Files in pictures/
// that no row of either journal names (a crash between writing a file and its row, or between
// a removal's row and its file) are removed too, unless the copy kept from before a restore names
// them; none of them can be read without its row.

import { pictureReferences, type Journal } from '../journal/index.ts'
import type { PictureFiles } from '../storage/picture-files.ts'
import type { PictureRepository } from '../storage/picture-repository.ts'
import { damageItem } from './journal-pictures.ts'

export interface SweepDeps {
  journal: Journal
  rows: PictureRepository
  files: PictureFiles
  inFlight: ReadonlySet<string>
  /** Files named elsewhere that must stay too: the copy kept from before a restore still names its pictures. */
  namedElsewhere: () => string[]
}

/**
 * Notes the damage and removes the unreferenced rows at once (so the unlock's count holds it);
 * what it returns removes the files, which takes some turns.
 */
export function sweepAtUnlock({ journal, rows, files, inFlight, namedElsewhere }: SweepDeps): () => Promise<void> {
  const held = rows.list(journal.profileId)
  const heldIds = new Set(held.map((row) => row.id))
  const references = pictureReferences(journal)
  for (const id of references.ids) if (!heldIds.has(id)) journal.noteDamage(damageItem(id))
  // What an unreadable reflection shows is not known: then nothing is taken as unreferenced.
  const unreferenced = references.complete ? held.filter((row) => !references.ids.has(row.id)) : []
  for (const row of unreferenced) rows.remove(row.id, journal.profileId)
  return async () => {
    await files.remove(...unreferenced.map((row) => row.file))
    await removeOrphans(files, new Set([...rows.allFiles(), ...namedElsewhere()]), inFlight)
  }
}

/** Removes every entry of the folder no row names, but files being written now (and their temporary names). */
export async function removeOrphans(files: PictureFiles, named: ReadonlySet<string>, inFlight: ReadonlySet<string>): Promise<void> {
  const entries = await files.entries()
  if (entries.length === 0) return
  const writing = (entry: string) => [...inFlight].some((name) => entry === name || entry.startsWith(`.${name}.`))
  await files.removeEntries(entries.filter((entry) => !named.has(entry) && !writing(entry)))
}
