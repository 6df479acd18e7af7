// Home: a greeting, with two journals a place for the two of them (the vault's us place), the
// moments noted in the partner's life that are coming up or to ask about (when there are), a
// prompt for today (and with two journals a question to talk about today), what was written
// (and done together) lately, at most one gentle nudge, what was written on this day in earlier
// years, the seven themes with how much has been written in each, and how the writing is
// spread. The summary and insights are decrypted data, so they are held only here and go when
// this screen unmounts on lock.

import '@fontsource-variable/literata'
import { useId, useState } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import { practiceOf } from '../../../../shared/practices.ts'
import { THEMES } from '../../../../shared/themes.ts'
import { api } from '../../api.ts'
import { damagedText } from '../../ui/damaged-text.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useLoad } from '../../ui/use-load.ts'
import { NudgeArea } from '../insights/index.ts'
import { OnThisDay } from '../insights/index.ts'
import { ThemeBalance } from '../insights/index.ts'
import { useInsights } from '../insights/index.ts'
import { UsPlace } from '../vault/index.ts'
import { ComingUp } from '../occasions/index.ts'
import { EndRequestNotice } from '../../ui/end-request-notice.tsx'
import { ConversationStarter } from '../../ui/conversation-starter.tsx'
import './home.css'
import { PromptOfTheDay } from './prompt-of-the-day.tsx'
import { RecentTimeline } from './recent-timeline.tsx'
import { ThemeCard } from './theme-card.tsx'
import { UncheckedNotice } from './unchecked-notice.tsx'
import { isolated } from '../../../../shared/text-direction.ts'

interface Props {
  profile: ProfileSummary
  /** The other partner's journal, if there is one: home then has a place for the two of them. */
  partner: ProfileSummary | null
  onOpenVault: () => void
  /** Items that failed their integrity check when the journal opened: said first, never hidden. */
  damagedItems: number
}

export function HomeScreen({ profile, partner, damagedItems, onOpenVault }: Props) {
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const summary = useLoad(() => api.themes.summary(), 'themes').loaded
  // Fixed when the screen opens, so the prompt does not change under someone's eyes at midnight.
  const [today] = useState(() => new Date())
  const { insights, dismissNudge } = useInsights()
  const ready = insights.state === 'ready' ? insights.value : null

  const byTheme = new Map(summary.state === 'ready' ? summary.value.map((t) => [t.themeId, t]) : [])

  return (
    <main className="home">
      <h1 ref={headingRef} tabIndex={-1}>
        Hello, <bdi>{profile.displayName}</bdi>
      </h1>
      <p className="lead">
        {partner
          ? `Seven ways of growing closer. What you write here stays yours alone; what you share with ${isolated(partner.displayName)} goes through your vault, opened together.`
          : 'Seven ways of growing closer. Each one is a place to write, just for you.'}
      </p>
      {damagedItems > 0 && <ErrorMessage message={damagedText(damagedItems, 'in your journal')} />}
      <UncheckedNotice />
      {partner && <UsPlace me={profile} partner={partner} onOpenVault={onOpenVault} />}
      <EndRequestNotice forOthersOnly />
      {/* With one journal, the moments are still about a partner: "your partner". */}
      <ComingUp partner={partner?.displayName ?? null} today={today} />
      <PromptOfTheDay today={today} />
      {/* Small talk is for two: with one journal, home stays a place to write just for you. */}
      {partner && <ConversationStarter today={today} partnerName={partner.displayName} />}
      {ready && <RecentTimeline entries={ready.recent} today={today} partnerName={partner?.displayName ?? null} />}
      {ready && <NudgeArea nudge={ready.nudge} today={today} onDismiss={dismissNudge} />}
      {ready && <OnThisDay entries={ready.onThisDay} today={today} />}
      <section aria-labelledby={`${ids}-themes`} aria-busy={summary.state === 'loading'}>
        <h2 id={`${ids}-themes`} className="home__section-title">
          Your seven themes
        </h2>
        {summary.state === 'failed' && <ErrorMessage message={summary.message} />}
        {summary.state === 'ready' && (
          <ul className="themes">
            {THEMES.map((theme) => (
              <ThemeCard key={theme.id} theme={theme} summary={byTheme.get(theme.id)} practice={practiceOf(theme.id, partner !== null)} />
            ))}
          </ul>
        )}
      </section>
      {insights.state === 'failed' && <ErrorMessage message={insights.message} />}
      {ready && <ThemeBalance insights={ready} partnerName={partner?.displayName ?? null} />}
    </main>
  )
}
