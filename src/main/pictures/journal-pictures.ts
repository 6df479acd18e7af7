// The pictures of the open journal (issue 19; docs/security.md, "Pictures"): adding one (checked,
// stored once per journal), reading one back (checked against its row), and removing those
// nothing refers to any more (journal/picture-references.ts) when a save or a delete takes their
// last reference away, or at unlock. Everything runs one task at a time, so a removal never
// races an add that finds the same picture.

import type { KeyObject } from 'node:crypto'
import { AppError } from '../../shared/errors.ts'
import type { Picture, PictureInfo } from '../../shared/pictures.ts'
import { randomId } from '../crypto/secret-buffer.ts'
import type { SessionKey } from '../crypto/session-key.ts'
import { pictureReferences, type Journal } from '../journal/index.ts'
import { newPictureFileName, type PictureFiles } from '../storage/picture-files.ts'
import type { PictureRepository, PictureRow } from '../storage/picture-repository.ts'
import { decryptFile, encryptFile, encryptMeta, infoOf, isItsFile, MAX_FILE_BYTES, readMeta, tagKeyOf, tagOf, type PictureMeta } from './picture-codec.ts'
import { inspectPicture } from './picture-format.ts'
import { PictureProblem, refusal } from './picture-refusals.ts'

export interface PictureStoreDeps {
  journal: Journal
  key: SessionKey
  rows: PictureRepository
  files: PictureFiles
  /** File names being written now, by any journal: no sweep may take them. */
  inFlight: Set<string>
}

function locked(): AppError {
  return new AppError('LOCKED', 'Your journal was locked before the picture was ready. Unlock it and add the picture again.')
}

function damaged(): AppError {
  return new AppError('TAMPERED', 'This picture is missing or failed its integrity check, so it is not shown. The rest of your journal is unaffected.')
}

function notFound(): AppError {
  return new AppError('NOT_FOUND', 'That picture is not in your journal.')
}

export const damageItem = (id: string) => `picture:${id}`

export class JournalPictures {
  readonly #deps: PictureStoreDeps
  readonly #tagKey: KeyObject
  /** Handed out by add and not yet seen in a save: a removal leaves them for the next unlock's sweep. */
  readonly #fresh = new Set<string>()
  #tail: Promise<unknown> = Promise.resolve()

  constructor(deps: PictureStoreDeps) {
    this.#deps = deps
    this.#tagKey = tagKeyOf(deps.key.cipherKey)
  }

  get #profileId(): string {
    return this.#deps.journal.profileId
  }

  /** Throws LOCKED once the journal has closed: checked between slices of the work. */
  readonly #stillOpen = (): void => {
    if (this.#deps.journal.signal.aborted) throw locked()
  }

  /** Runs `task` after every task before it (a print's or an export's reads go through here too). */
  inTurn<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task)
    this.#tail = run.catch(() => undefined)
    return run
  }

  /** Ids a save just found in its body: they are referenced now, no longer fresh. */
  seen(ids: readonly string[]): void {
    for (const id of ids) this.#fresh.delete(id)
  }

  add(bytes: Uint8Array): Promise<PictureInfo> {
    return this.inTurn(() => this.#add(bytes))
  }

  get(id: string): Promise<Picture> {
    return this.inTurn(() => this.read(id))
  }

  /** Removes those of `ids` nothing refers to any more (after the tasks before). */
  release(ids: readonly string[]): Promise<void> {
    return this.inTurn(() => this.#release(ids))
  }

  async #add(bytes: Uint8Array): Promise<PictureInfo> {
    const { rows, files, inFlight, key } = this.#deps
    this.#stillOpen()
    const facts = await inspectPicture(bytes, this.#stillOpen).catch((error: unknown) => {
      throw error instanceof PictureProblem ? refusal(error) : error
    })
    const tag = await tagOf(this.#tagKey, bytes, this.#stillOpen)
    const existing = rows.byTag(this.#profileId, tag)
    if (existing) {
      const meta = readMeta(key.cipherKey, existing)
      if (meta && (await this.#fileIsWhole(existing, meta))) {
        this.#fresh.add(existing.id)
        return infoOf(existing.id, meta)
      }
    }
    // New, or the same picture whose file went missing or was spoilt: stored (again) under its id.
    const id = existing?.id ?? randomId()
    const { blob, hash } = await encryptFile(key.cipherKey, id, this.#profileId, bytes, this.#stillOpen)
    const meta: PictureMeta = { ...facts, bytes: bytes.length, file: hash }
    const file = newPictureFileName()
    inFlight.add(file)
    try {
      await files.write(file, blob)
      this.#stillOpen()
      const row: PictureRow = { id, profileId: this.#profileId, tag, file, meta: encryptMeta(key.cipherKey, id, this.#profileId, meta) }
      if (existing) rows.replace(row)
      else rows.insert(row)
    } catch (error) {
      await files.remove(file)
      throw error
    } finally {
      inFlight.delete(file)
    }
    if (existing) {
      await files.remove(existing.file)
      this.#deps.journal.noteRepaired(damageItem(id))
    }
    this.#fresh.add(id)
    return infoOf(id, meta)
  }

  async #fileIsWhole(row: PictureRow, meta: PictureMeta): Promise<boolean> {
    const blob = await this.#deps.files.read(row.file, MAX_FILE_BYTES)
    return blob !== null && (await isItsFile(meta, blob, this.#stillOpen))
  }

  /** One picture with its bytes, checked; for a task already in turn (print, export) or through `get`. */
  async read(id: string): Promise<Picture> {
    const { rows, files, key, journal } = this.#deps
    this.#stillOpen()
    const row = rows.get(id, this.#profileId)
    if (!row) {
      // Listed by a reflection of this journal yet gone: deleted behind its back.
      if (pictureReferences(journal).ids.has(id)) throw this.#noteDamaged(id)
      throw notFound()
    }
    const meta = readMeta(key.cipherKey, row)
    const blob = meta && (await files.read(row.file, MAX_FILE_BYTES))
    if (!meta || !blob || !(await isItsFile(meta, blob, this.#stillOpen))) throw this.#noteDamaged(id)
    let data: Buffer
    try {
      data = await decryptFile(key.cipherKey, row, blob, this.#stillOpen)
    } catch (error) {
      if (error instanceof AppError && error.code === 'TAMPERED') throw this.#noteDamaged(id)
      throw error
    }
    return { ...infoOf(id, meta), data }
  }

  #noteDamaged(id: string): AppError {
    this.#deps.journal.noteDamage(damageItem(id))
    return damaged()
  }

  async #release(ids: readonly string[]): Promise<void> {
    const references = pictureReferences(this.#deps.journal)
    if (!references.complete || this.#deps.journal.signal.aborted) return
    const gone: string[] = []
    for (const id of ids) {
      if (references.ids.has(id) || this.#fresh.has(id)) continue
      const row = this.#deps.rows.get(id, this.#profileId)
      if (row && this.#deps.rows.remove(id, this.#profileId)) gone.push(row.file)
    }
    await this.#deps.files.remove(...gone)
  }
}
