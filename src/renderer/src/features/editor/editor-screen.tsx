// The editor route: opens an existing reflection (or starts a new one) and hands it to the
// writing surface. Default export: it is loaded lazily, with TipTap and the Literata font.

import '@fontsource-variable/literata'
import './editor.css'
import '../../rich-text/body.css'
import { useEffect, useState } from 'react'
import type { ThemeId } from '../../../../shared/themes.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useNavigate, type FollowUpStart, type JournalRoute } from '../../ui/navigation.ts'
import { useLoad, type Loaded } from '../../ui/use-load.ts'
import { localDate } from '../../../../shared/dates.ts'
import { templateById } from '../../../../shared/templates.ts'
import { followUpBeginning } from '../occasions/index.ts'
import { ReflectionEditor, type InitialReflection } from './reflection-editor.tsx'

export interface EditorScreenProps {
  themeId: ThemeId
  reflectionId?: string | undefined
  prompt?: string | undefined
  /** A guided template's id: the new reflection starts with its structure in place. */
  template?: string | undefined
  /** Written after an occasion, begun from one of the follow-up's prompts. */
  followUp?: FollowUpStart | undefined
  find?: readonly string[] | undefined
  from?: JournalRoute | undefined
  /** The day a new reflection is about (a time together's), if not today. */
  date?: string | undefined
}

function newReflection(themeId: ThemeId, prompt: string | undefined, templateId: string | undefined, date = localDate()): InitialReflection {
  const template = templateId === undefined ? undefined : templateById(templateId)
  if (template) {
    // Its name is kept as the prompt; the title is only a suggestion, the body ordinary rich text.
    const { themeId: ownTheme, reflectionTitle: title, title: name } = template
    return { id: null, themeId: ownTheme, title, date: localDate(), body: template.body(), prompt: name, startAtFirstBlank: true }
  }
  return { id: null, themeId, title: '', date, body: null, prompt: prompt ?? null }
}

/** A new reflection about being there, after an occasion: its prompt names it, and so does its header. */
async function newFollowUp(start: FollowUpStart): Promise<InitialReflection> {
  const { title, prompt, followsUp } = await followUpBeginning(start)
  return { id: null, themeId: 'being-there', title, date: localDate(), body: null, prompt, followsUp }
}

/**
 * A daily check-in is read and changed on the small talk page, on its day, a needs check-in on its
 * own theme's, and an occasion on the being-there page, not in the editor: one opened from search
 * or the calendar goes there.
 */
interface ElsewhereRoute {
  elsewhere: JournalRoute
}

function GoElsewhere({ route }: { route: JournalRoute }) {
  const go = useNavigate()
  useEffect(() => go(route), [go, route])
  return null
}

async function openReflection(id: string): Promise<InitialReflection | ElsewhereRoute> {
  const r = await api.reflections.get({ id })
  if (r.checkIn) return { elsewhere: { name: 'theme', themeId: 'small-talk', checkInDay: r.date } }
  if (r.occasion) return { elsewhere: { name: 'theme', themeId: 'being-there', occasionId: r.id } }
  if (r.needs) return { elsewhere: { name: 'theme', themeId: 'emotional-needs', checkInDay: r.date } }
  // The title field holds only a typed title; one listed under its first line shows it empty.
  return { id: r.id, themeId: r.themeId, title: r.titled ? r.title : '', date: r.date, body: r.body, prompt: r.prompt, sharedAt: r.sharedAt }
}

export default function EditorScreen({ themeId, reflectionId, prompt, template, followUp, find, from, date }: EditorScreenProps) {
  const go = useNavigate()
  // A new reflection has nothing to open: it is ready at once, with no "Opening…" between
  // (one after an occasion reads the occasion first, for the words of its prompt).
  const [fresh] = useState(() => newReflection(themeId, prompt, template, date))
  const saved = useLoad(
    () => (reflectionId !== undefined ? openReflection(reflectionId) : followUp ? newFollowUp(followUp) : Promise.resolve(fresh)),
    reflectionId ?? (followUp ? `after ${followUp.occasionId}` : 'new')
  ).loaded
  const opening: Loaded<InitialReflection | ElsewhereRoute> = reflectionId === undefined && !followUp ? { state: 'ready', value: fresh } : saved

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
      {opening.state === 'ready' && 'elsewhere' in opening.value && <GoElsewhere route={opening.value.elsewhere} />}
      {opening.state === 'ready' && !('elsewhere' in opening.value) && <ReflectionEditor initial={opening.value} find={find} from={from} />}
    </main>
  )
}
