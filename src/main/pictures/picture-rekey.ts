// A re-key of a journal (journal/rekey.ts) takes its pictures too: each is read under the old
// key, written to a new file under the new one (with its tag under the new tag key), and its row
// changed inside the re-key's one transaction. The old files are removed only once that has
// committed, the new ones if it rolls back, so at every moment the rows the database holds name
// files under their own key. A picture that fails its check under the old key is left as it is.

import type { KeyObject } from 'node:crypto'
import { wipe } from '../crypto/secret-buffer.ts'
import { newPictureFileName, type PictureFiles } from '../storage/picture-files.ts'
import type { PictureRepository } from '../storage/picture-repository.ts'
import { decryptFile, encryptFile, encryptMeta, isItsFile, MAX_FILE_BYTES, readMeta, tagKeyOf, tagOf } from './picture-codec.ts'

export interface PicturesRekey {
  /**
   * Writes every picture of `profileId` again under `newKey`, its rows changed in the transaction
   * under way; `between` throws to stop. The answer finishes it once the transaction is settled.
   */
  again(profileId: string, oldKey: KeyObject, newKey: KeyObject, between: () => void): Promise<(committed: boolean) => Promise<void>>
}

export function picturesAgain({ rows, files, inFlight }: { rows: PictureRepository; files: PictureFiles; inFlight: Set<string> }): PicturesRekey {
  return {
    async again(profileId, oldKey, newKey, between) {
      const tagKey = tagKeyOf(newKey)
      const written: string[] = []
      const replaced: string[] = []
      const finish = async (committed: boolean) => {
        await files.remove(...(committed ? replaced : written))
        for (const name of written) inFlight.delete(name)
      }
      try {
        for (const row of rows.list(profileId)) {
          between()
          const meta = readMeta(oldKey, row)
          const blob = meta && (await files.read(row.file, MAX_FILE_BYTES))
          if (!meta || !blob || !(await isItsFile(meta, blob, between))) continue
          let bytes: Buffer
          try {
            bytes = await decryptFile(oldKey, row, blob, between)
          } catch {
            continue
          }
          try {
            const again = await encryptFile(newKey, row.id, profileId, bytes, between)
            const tag = await tagOf(tagKey, bytes, between)
            const file = newPictureFileName()
            inFlight.add(file)
            written.push(file)
            await files.write(file, again.blob)
            rows.replace({ id: row.id, profileId, tag, file, meta: encryptMeta(newKey, row.id, profileId, { ...meta, file: again.hash }) })
            replaced.push(row.file)
          } finally {
            wipe(bytes)
          }
        }
      } catch (error) {
        await finish(false)
        throw error
      }
      return finish
    }
  }
}
