// Bodies that show pictures, and where their files are, for the picture tests (issue 19).

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { PictureInfo } from '../../src/shared/pictures.ts'

/** A body with a line of words and then each picture, as the editor stores them. */
export function pictureDoc(...pictures: Array<Pick<PictureInfo, 'id' | 'width' | 'height'> & { alt?: string }>) {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'A day to remember' }] },
      ...pictures.map(({ id, width, height, alt = '' }) => ({ type: 'picture', attrs: { id, width, height, alt } }))
    ]
  }
}

/** Every file in the data folder's pictures/ folder (none if it is not there). */
export function pictureFilesIn(dataDir: string): string[] {
  const dir = join(dataDir, 'pictures')
  try {
    return readdirSync(dir).map((name) => join(dir, name))
  } catch {
    return []
  }
}
