// The `pictures` group of the contract (issue 19): storing a picture in the open journal and
// reading one back. The open journal's pictures (journal-pictures.ts) live while it is open,
// following the session's events: made at unlock (with the sweep of what nothing refers to),
// dropped at lock and around a re-key, whose key they use. Adding and reading are readings of
// the journal (app/rekey-gate.ts), so a re-key waits for one under way instead of meeting it
// half done.

import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { Picture } from '../../shared/pictures.ts'
import type { Reading } from '../app/rekey-gate.ts'
import type { SessionEvents } from '../app/session-events.ts'
import type { CurrentJournal, PictureHooks } from '../journal/index.ts'
import type { Database } from '../storage/database.ts'
import { join } from 'node:path'
import { ASIDE_FILE } from '../backup/index.ts'
import { pictureFiles, pictureFilesNamedIn } from '../storage/picture-files.ts'
import { createPictureRepository } from '../storage/picture-repository.ts'
import { JournalPictures } from './journal-pictures.ts'
import { picturesAgain, type PicturesRekey } from './picture-rekey.ts'
import { removeOrphans, sweepAtUnlock } from './picture-sweep.ts'

export interface PicturesDeps {
  db: Database
  dataDir: string
  events: SessionEvents
  reading: Reading
  /** The open journal with its key (the session's). */
  journal: CurrentJournal
}

/** For print and export, inside their own reading: a picture of the open journal, or null if it cannot be shown. */
export interface PictureReader {
  read(id: string): Promise<Picture | null>
}

export interface PicturesBackend {
  group: Backend['pictures']
  /** What a journal being opened is given (journal/picture-references.ts). */
  hooks(profileId: string): PictureHooks
  /** The open journal's pictures encrypted again under a new key, for its re-key. */
  rekey: PicturesRekey
  reader(): PictureReader | null
  /** Removes the files in pictures/ that no row names (after a journal is deleted). */
  removeUnnamed(): Promise<void>
}

function locked(): AppError {
  return new AppError('LOCKED', 'Your journal is locked. Unlock it to go on.')
}

export function createPicturesBackend(deps: PicturesDeps): PicturesBackend {
  const rows = createPictureRepository(deps.db)
  const files = pictureFiles(deps.dataDir)
  const inFlight = new Set<string>()
  let current: JournalPictures | null = null
  // The copy kept from before a restore still names its pictures: they stay while it does.
  const aside = join(deps.dataDir, ASIDE_FILE)
  const namedElsewhere = () => pictureFilesNamedIn(aside)

  const open = (sweep: boolean) => {
    const opened = deps.journal()
    current = opened ? new JournalPictures({ journal: opened.journal, key: opened.key, rows, files, inFlight }) : null
    if (opened && sweep) {
      const removeFiles = sweepAtUnlock({ journal: opened.journal, rows, files, inFlight, namedElsewhere })
      // A reading like the others: a re-key must not begin while files are being taken away (its
      // rows would name new files while the old ones go, and a rolled-back re-key needs them).
      const pictures = current
      void deps.reading(() => pictures!.inTurn(removeFiles)).catch(() => undefined)
    }
  }
  deps.events.on('journal-opened', () => open(true))
  deps.events.on('journal-closed', () => (current = null))
  // The key changes at a re-key's end: the pictures (and their tag key) are made anew under it.
  deps.events.on('rekey', (phase) => (phase === 'start' ? (current = null) : open(false)))

  const store = (): JournalPictures => {
    if (!current) throw locked()
    return current
  }

  return {
    group: {
      add: ({ bytes }) => deps.reading(() => store().add(bytes)),
      get: async ({ id }) => {
        const picture = await deps.reading(() => store().get(id))
        // A plain Uint8Array over the same bytes: what Electron's IPC and the tests' bridge both carry as is.
        return { ...picture, data: new Uint8Array(picture.data.buffer, picture.data.byteOffset, picture.data.byteLength) }
      }
    },
    hooks: (profileId) => ({
      own: (ids) => {
        const mine = ids.filter((id) => rows.get(id, profileId) !== undefined)
        current?.seen(mine)
        return mine
      },
      dropped: (ids) => {
        const pictures = current
        if (pictures) void deps.reading(() => pictures.release(ids)).catch(() => undefined)
      }
    }),
    rekey: picturesAgain({ rows, files, inFlight }),
    removeUnnamed: () => removeOrphans(files, new Set([...rows.allFiles(), ...namedElsewhere()]), inFlight),
    reader: () => {
      const pictures = current
      if (!pictures) return null
      return { read: (id) => pictures.inTurn(() => pictures.read(id)).catch(() => null) }
    }
  }
}
