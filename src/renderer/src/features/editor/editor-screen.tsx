// The editor route: opens an existing reflection (or starts a new one) and hands it to the
// writing surface. Default export: it is loaded lazily, with TipTap and the Literata font.

import '@fontsource-variable/literata'
import './editor.css'
import '../../rich-text/body.css'
import { useEffect, useState } from 'react'
import type { ThemeId } from '../../../../shared/themes.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useNavigate, type JournalRoute } from '../../ui/navigation.ts'
import { localDate } from '../../../../shared/dates.ts'
import { ReflectionEditor, type InitialReflection } from './reflection-editor.tsx'

export interface EditorScreenProps {
  themeId: ThemeId
  reflectionId?: string | undefined
  prompt?: string | undefined
  find?: readonly string[] | undefined
  from?: JournalRoute | undefined
}

type Opening = { state: 'loading' } | { state: 'ready'; initial: InitialReflection } | { state: 'failed'; message: string }

function newReflection(themeId: ThemeId): InitialReflection {
  return { id: null, themeId, title: '', date: localDate(), body: null }
}

export default function EditorScreen({ themeId, reflectionId, prompt, find, from }: EditorScreenProps) {
  const go = useNavigate()
  const [opening, setOpening] = useState<Opening>(() =>
    reflectionId === undefined ? { state: 'ready', initial: newReflection(themeId) } : { state: 'loading' }
  )

  useEffect(() => {
    if (reflectionId === undefined) return
    let current = true
    api.reflections
      .get({ id: reflectionId })
      .then((r) => current && setOpening({ state: 'ready', initial: { id: r.id, themeId: r.themeId, title: r.title, date: r.date, body: r.body } }))
      .catch((error: unknown) => current && setOpening({ state: 'failed', message: problemOf(error).message }))
    return () => {
      current = false
    }
  }, [reflectionId])

  return (
    <main className="editor-screen" aria-label="Editor" aria-busy={opening.state === 'loading'}>
      {opening.state === 'loading' && (
        <p role="status" className="editor-screen__loading">
          Opening your reflection…
        </p>
      )}
      {opening.state === 'failed' && (
        <div className="editor-screen__failed">
          <ErrorMessage message={opening.message} />
          <button type="button" onClick={() => go({ name: 'theme', themeId })}>
            Back to the theme
          </button>
        </div>
      )}
      {opening.state === 'ready' && <ReflectionEditor initial={opening.initial} prompt={prompt} find={find} from={from} />}
    </main>
  )
}
