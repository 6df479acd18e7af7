// The journal's pictures for one editor: fetched from the open journal by id as they come on
// screen, and added to it once prepared. The loader is the editor's own, emptied when it goes.

import { api, problemOf } from '../../api.ts'
import type { PictureOptions } from '../../rich-text/pictures/picture-node.ts'
import { createPictureLoader, type PictureLoader } from '../../rich-text/pictures/picture-loader.ts'
import type { PictureUploads } from '../../rich-text/pictures/picture-uploads.ts'
import { preparePicture } from '../../rich-text/pictures/prepare-picture.ts'

export function journalPictures(say: (sentence: string | null) => void): PictureOptions & { loader: PictureLoader; uploads: PictureUploads } {
  return {
    loader: createPictureLoader((id) => api.pictures.get({ id })),
    uploads: {
      prepare: preparePicture,
      store: async (picture) => {
        try {
          return await api.pictures.add({ bytes: picture.bytes })
        } catch (error) {
          // The main process's sentence (PICTURE_REFUSED, a full disk), said as it is.
          throw new Error(problemOf(error).message, { cause: error })
        }
      },
      say
    },
    say
  }
}
