// One theme: what it is about, prompts to start from, and its reflections newest first.
// The reflection headers are decrypted data, so they live only in this screen's state.

import '@fontsource-variable/literata'
import { useId, useState, type CSSProperties } from 'react'
import type { ReflectionHeader } from '../../../../shared/contract.ts'
import { themeById, themePromptOfTheDay, type ThemeId } from '../../../../shared/themes.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useLoad } from '../../ui/use-load.ts'
import { useNavigate } from '../../ui/navigation.ts'
import { AskTogether } from '../vault/index.ts'
import { RevealQuestions } from '../vault/index.ts'
import { ThankTogether } from '../vault/index.ts'
import { TimeTogetherTheme } from '../vault/index.ts'
import { ReflectionList } from './reflection-list.tsx'
import { ThemeIcon } from '../../ui/theme-icon.tsx'
import { ConversationStarter } from '../../ui/conversation-starter.tsx'
import { DailyCheckIn } from './daily-check-in.tsx'
import { BeingThereOccasions } from '../occasions/index.ts'
import { NeedsCheckIn } from './needs/needs-check-in.tsx'
import { ThemeGuides } from './theme-guides.tsx'
import { ThemePrompts } from './theme-prompts.tsx'
import './theme.css'

function countText(count: number): string {
  return count === 1 ? '1 reflection' : `${count.toLocaleString()} reflections`
}

interface Props {
  themeId: ThemeId
  checkInDay?: string | undefined
  occasionId?: string | undefined
  /** Time together's page in the vault (the quality-time theme leads there). */
  onPlanTime?: () => void
}

export function ThemeScreen({ themeId, checkInDay, occasionId, onPlanTime = () => undefined }: Props) {
  const ids = useId()
  const go = useNavigate()
  const theme = themeById(themeId)
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const load = useLoad(() => api.reflections.list({ themeId }), themeId)
  const loaded = load.loaded
  // Daily check-ins (small talk) are shown in their own strip, needs check-ins in their picture,
  // and occasions (being there) in their own list, not among the reflections.
  const checkIns = loaded.state === 'ready' ? loaded.value.filter((r) => r.checkIn) : []
  const needsCheckIns = loaded.state === 'ready' ? loaded.value.filter((r) => r.needs) : []
  const listing = loaded.state === 'ready' ? { state: 'ready' as const, value: loaded.value.filter((r) => !r.checkIn && !r.needs && !r.occasion) } : loaded
  const checkInSaved = (header: ReflectionHeader) => {
    if (loaded.state === 'ready') load.set([header, ...loaded.value.filter((r) => r.id !== header.id)])
  }
  // The trust theme holds the vault's "both answer, then reveal": asking reloads the waiting questions.
  const [asked, setAsked] = useState(0)
  // Fixed when the screen opens, so the question of the day does not change under someone's eyes.
  const [today] = useState(() => new Date())

  const write = (prompt: string) => go({ name: 'editor', themeId, prompt })
  // A CSS custom property set through the DOM, which the CSP allows (unlike a style attribute in HTML).
  const colour = { '--theme-colour': theme.colour } as CSSProperties

  return (
    <main className="theme-screen" style={colour} aria-labelledby={`${ids}-title`}>
      <header className="theme-screen__header">
        <span className="theme-screen__icon">
          <ThemeIcon icon={theme.icon} size={36} />
        </span>
        <div>
          <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
            {theme.title}
          </h1>
          <p className="theme-screen__description">{theme.description}</p>
          <button type="button" className="primary" onClick={() => write(themePromptOfTheDay(themeId, new Date()))}>
            New reflection
          </button>
        </div>
      </header>
      <ThemeGuides themeId={themeId} onChoose={(template) => go({ name: 'editor', themeId, template: template.id })} />
      {themeId === 'trust' && <RevealQuestions version={asked} />}
      {/* The couple's part of trust comes first, above the prompts: it was missed at the bottom. */}
      {themeId === 'trust' && <AskTogether onAsked={() => setAsked((n) => n + 1)} />}
      {themeId === 'small-talk' && <ConversationStarter today={today} />}
      {themeId === 'small-talk' && loaded.state === 'ready' && (
        <DailyCheckIn checkIns={checkIns} today={today} initialDay={checkInDay} onSaved={checkInSaved} />
      )}
      {themeId === 'being-there' && <BeingThereOccasions today={today} initialId={occasionId} />}
      {themeId === 'emotional-needs' && loaded.state === 'ready' && (
        <NeedsCheckIn checkIns={needsCheckIns} today={today} initialDay={checkInDay} onSaved={checkInSaved} />
      )}
      {/* Saying thank you to the other goes through the vault; privately, "Three good things" is a guided template above. */}
      {themeId === 'appreciation' && <ThankTogether />}
      {/* Time together is planned and noted in the vault, where both of them are. */}
      {themeId === 'quality-time' && <TimeTogetherTheme onPlanTime={onPlanTime} />}
      <div className="theme-screen__body">
        <ThemePrompts theme={theme} onChoose={write} />
        <section className="theme-reflections" aria-labelledby={`${ids}-list`} aria-busy={listing.state === 'loading'}>
          <div className="theme-reflections__head">
            <h2 id={`${ids}-list`}>Your reflections</h2>
            {listing.state === 'ready' && listing.value.length > 0 && (
              <button type="button" className="quiet" onClick={() => go({ name: 'print', themeId, from: { name: 'theme', themeId } })}>
                Print this chapter…
              </button>
            )}
          </div>
          {listing.state === 'failed' && <ErrorMessage message={listing.message} />}
          {listing.state === 'ready' && listing.value.length === 0 && (
            <p className="theme-reflections__empty">
              Nothing here yet, and that is fine. Whenever you feel like it, pick a prompt or start a new reflection; it will wait for you here.
            </p>
          )}
          {listing.state === 'ready' && listing.value.length > 0 && (
            <>
              <p id={`${ids}-hint`} className="theme-reflections__hint">
                {countText(listing.value.length)}, newest first. The arrow keys, Home and End move through them.
              </p>
              <ReflectionList
                reflections={listing.value}
                labelledBy={`${ids}-list`}
                describedBy={`${ids}-hint`}
                onOpen={(reflection) => go({ name: 'editor', themeId, reflectionId: reflection.id })}
              />
            </>
          )}
        </section>
      </div>
    </main>
  )
}
