// Creates the reflection on its first real change, then keeps it updated, through one
// serialised autosave. Whatever is unsaved is flushed when the editor goes away (leaving,
// locking); if the journal locked first, that save fails with LOCKED, which is expected.

import { useEffect, useRef, useState } from 'react'
import { pictureIdsIn } from '../../../../shared/pictures.ts'
import { richTextToPlain, type RichTextNode } from '../../../../shared/rich-text.ts'
import type { ThemeId } from '../../../../shared/themes.ts'
import { api, problemOf } from '../../api.ts'
import { createAutosave, type SaveState } from './autosave.ts'

export interface Draft {
  themeId: ThemeId
  title: string
  /** As the date field holds it: '' while the field is being edited or cleared. */
  date: string
  body: RichTextNode
  /** The prompt it was started from; null once removed (or if it had none). */
  prompt: string | null
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** Nothing written yet: no title, no words and no picture (a reflection may be only a picture). */
function isBlank(draft: Draft): boolean {
  return draft.title.trim() === '' && richTextToPlain(draft.body) === '' && pictureIdsIn(draft.body).length === 0
}

/** `followsUp`: the occasion a new reflection is written after, given when it is created. */
export function useReflectionSaver(initialId: string | null, followsUp?: string) {
  const idRef = useRef(initialId)
  const deletedRef = useRef(false)
  const [savedId, setSavedId] = useState(initialId)
  const [state, setState] = useState<SaveState>(initialId === null ? { kind: 'idle' } : { kind: 'saved' })

  const [autosave] = useState(() =>
    createAutosave<Draft>(
      async (draft) => {
        if (deletedRef.current) return
        const date = ISO_DAY.test(draft.date) ? draft.date : undefined
        const fields = { themeId: draft.themeId, title: draft.title, body: draft.body, date }
        if (idRef.current !== null) {
          await api.reflections.update({ id: idRef.current, ...fields, prompt: draft.prompt })
          return
        }
        // A new reflection exists only once something was written in it.
        if (isBlank(draft)) return
        const { id } = await api.reflections.create({
          ...fields,
          ...(draft.prompt === null ? {} : { prompt: draft.prompt }),
          ...(followsUp === undefined ? {} : { followsUp })
        })
        idRef.current = id
        setSavedId(id)
      },
      setState,
      (error) => {
        const { message, code } = problemOf(error)
        return { message, code }
      }
    )
  )

  useEffect(() => () => void autosave.flush(), [autosave])

  /** Deletes after any save under way; resolves once the reflection is gone. */
  const remove = async (): Promise<void> => {
    autosave.cancel()
    await autosave.flush()
    deletedRef.current = true
    const id = idRef.current
    if (id === null) return
    try {
      await api.reflections.delete({ id })
    } catch (error) {
      deletedRef.current = false
      throw error
    }
  }

  /** `id`: the reflection's once it exists (for printing it). */
  return { state, saved: savedId !== null, id: savedId, change: autosave.change, flush: autosave.flush, remove }
}
