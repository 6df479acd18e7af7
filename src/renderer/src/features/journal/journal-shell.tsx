// An open journal: the top bar (home, settings, print, the vault, lock) and the screen for the current route.
// The editor is loaded only when first opened, so the lock screen's bundle stays small.

import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import type { ProfileSummary, SearchHit } from '../../../../shared/contract.ts'
import { CalendarScreen } from '../calendar/index.ts'
import { PrintScreen } from '../print/index.ts'
import { SearchPalette } from '../search/index.ts'
import { SettingsScreen } from '../settings/index.ts'
import { ThemeScreen } from '../theme/index.ts'
import { HomeScreen } from './home-screen.tsx'
import { backLabel, NavigationContext, type JournalRoute } from '../../ui/navigation.ts'

const EditorScreen = lazy(() => import('../editor/editor-screen.tsx'))

interface Props {
  profile: ProfileSummary
  /** The other partner's journal, if there is one. */
  partner: ProfileSummary | null
  /** Items of this journal that failed their integrity check when it opened. */
  damagedItems: number
  onLock: () => void
  /**
   * The shared vault is a screen of the app, not of this journal: it can be reached locked too. `start`: the page it
   * opens on; `itemId`: the idea or time together there to show (a search's hit).
   */
  onOpenVault: (start?: 'time', itemId?: string) => void
  /** Where it opens (a reflection about a time together, coming from the vault); home if not given. */
  initialRoute?: JournalRoute | undefined
  /** Its owner's name changed, or the journal was deleted. */
  onProfileChanged: () => void
}

function isShortcut(event: KeyboardEvent, key: string): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key
}

/** Typing in the editor (its title, body or fields): there Ctrl/Cmd+F stays the editor's own. */
function inEditor(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('.editor-screen') !== null &&
    target.matches('input, textarea, select, [contenteditable="true"], [contenteditable="true"] *')
  )
}

/** The words a hit's snippet marks, as written in the reflection. */
function matchedWords(hit: SearchHit): string[] {
  return hit.snippet.filter((segment) => segment.match).map((segment) => segment.text)
}

export function JournalShell({ profile, partner, damagedItems, onLock, onOpenVault, onProfileChanged, initialRoute }: Props) {
  const [route, setRoute] = useState<JournalRoute>(initialRoute ?? { name: 'home' })
  const go = useCallback((next: JournalRoute) => setRoute(next), [])

  // Each screen starts at its top, not where a long list was left scrolled.
  useEffect(() => {
    window.scrollTo(0, 0)
  }, [route])

  // Opens the print screen from wherever the journal is (the editor handles Ctrl/Cmd+P itself
  // first, to start on its reflection, and marks the event as handled).
  const openPrint = useCallback(() => setRoute((current) => (current.name === 'print' ? current : { name: 'print', from: current })), [])

  // The search palette, and where focus was before it opened (it goes back there on close).
  const [searching, setSearching] = useState(false)
  const focusBefore = useRef<HTMLElement | null>(null)
  const openSearch = useCallback(() => {
    // Asked again from inside the palette: focus before stays the one from outside.
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest('.search-palette')) focusBefore.current = document.activeElement
    setSearching(true)
  }, [])
  const closeSearch = useCallback(() => setSearching(false), [])
  // After the modal dialog has gone (while it is open the rest of the page is inert).
  useEffect(() => {
    if (searching) return
    focusBefore.current?.focus()
    focusBefore.current = null
  }, [searching])
  const openHit = useCallback(
    (hit: SearchHit) => {
      // The reflection takes focus, not what was focused before.
      focusBefore.current = null
      setSearching(false)
      if (hit.kind === 'secret') onOpenVault()
      else if (hit.kind === 'time') onOpenVault('time', hit.id)
      else setRoute({ name: 'editor', themeId: hit.themeId, reflectionId: hit.id, find: matchedWords(hit) })
    },
    [onOpenVault]
  )

  // In Electron the menu's accelerator also locks; this covers the page on its own.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isShortcut(event, 'l')) {
        event.preventDefault()
        onLock()
      } else if (isShortcut(event, 'p') && !event.defaultPrevented) {
        event.preventDefault()
        openPrint()
      } else if (isShortcut(event, 'k') || (isShortcut(event, 'f') && !inEditor(event.target))) {
        event.preventDefault()
        openSearch()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onLock, openPrint, openSearch])

  const back = route.name === 'print' ? (route.from ?? { name: 'home' as const }) : null

  return (
    <NavigationContext.Provider value={go}>
      <div className="screen">
        <header className="topbar">
          <nav aria-label="Journal" className="topbar__nav">
            <button type="button" className="brand" onClick={() => go({ name: 'home' })} aria-current={route.name === 'home' ? 'page' : undefined}>
              Sevenfold
            </button>
            <button type="button" className="quiet" onClick={() => go({ name: 'calendar' })} aria-current={route.name === 'calendar' ? 'page' : undefined}>
              Calendar
            </button>
            <button type="button" className="quiet" onClick={() => go({ name: 'settings' })} aria-current={route.name === 'settings' ? 'page' : undefined}>
              Settings
            </button>
            <button
              type="button"
              className="quiet"
              onClick={openPrint}
              aria-current={route.name === 'print' ? 'page' : undefined}
              aria-keyshortcuts="Control+P Meta+P"
            >
              Print
            </button>
            <button type="button" className="quiet" onClick={openSearch} aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K">
              Search
            </button>
            <button type="button" className="quiet" onClick={() => onOpenVault()}>
              Our vault
            </button>
          </nav>
          <button type="button" onClick={onLock} aria-keyshortcuts="Control+L Meta+L">
            Lock
          </button>
        </header>
        {route.name === 'home' && <HomeScreen profile={profile} partner={partner} damagedItems={damagedItems} onOpenVault={() => onOpenVault()} />}
        {route.name === 'theme' && (
          <ThemeScreen
            key={`${route.themeId} ${route.checkInDay ?? ''} ${route.occasionId ?? ''}`}
            themeId={route.themeId}
            checkInDay={route.checkInDay}
            occasionId={route.occasionId}
            onPlanTime={() => onOpenVault('time')}
          />
        )}
        {route.name === 'editor' && (
          <Suspense fallback={<main className="editor-loading" aria-busy="true" />}>
            <EditorScreen
              key={route.reflectionId ?? 'new'}
              themeId={route.themeId}
              reflectionId={route.reflectionId}
              prompt={route.prompt}
              template={route.template}
              followUp={route.followUp}
              find={route.find}
              from={route.from}
              date={route.date}
            />
          </Suspense>
        )}
        {route.name === 'settings' && <SettingsScreen profile={profile} onProfileChanged={onProfileChanged} />}
        {route.name === 'calendar' && <CalendarScreen day={route.day} />}
        {route.name === 'print' && back && (
          <PrintScreen place="journal" reflectionId={route.reflectionId} themeId={route.themeId} backLabel={backLabel(back)} onBack={() => go(back)} />
        )}
        {searching && <SearchPalette onClose={closeSearch} onOpen={openHit} />}
      </div>
    </NavigationContext.Provider>
  )
}
