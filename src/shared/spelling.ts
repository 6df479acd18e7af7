// Which spell checker a computer gives the app, now that it never downloads a dictionary
// (issue 15, item 7). The shell turns spelling off where there is none, and Settings says
// what holds; both decide it here, so they cannot disagree.
//
// macOS: its own spell checker, which needs no download. Windows: Chromium asks Windows' spell
// checker for the languages Windows has one for; any other would have needed a Hunspell
// download. Linux: only Hunspell, whose dictionaries Chromium would have downloaded.

export type SpellingSystem = 'macos' | 'windows' | 'none'

/** By Node's name for the platform (process.platform). */
export function spellingSystem(platform: string): SpellingSystem {
  if (platform === 'darwin') return 'macos'
  if (platform === 'win32') return 'windows'
  return 'none'
}

/** Node's name for the platform a page runs on, from navigator.platform ("MacIntel", "Win32", "Linux x86_64"). */
export function platformOfNavigator(navigatorPlatform: string): string {
  if (/^Mac/i.test(navigatorPlatform)) return 'darwin'
  if (/^Win/i.test(navigatorPlatform)) return 'win32'
  return 'linux'
}

/** What Settings says about spelling, in the app's words. */
export const SPELLING_NOTES: Record<SpellingSystem, string> = {
  macos: 'Spelling is checked by your Mac, with its own dictionaries. Right-click an underlined word for suggestions.',
  windows: 'Spelling is checked by Windows, in the languages it has dictionaries for. Right-click an underlined word for suggestions.',
  none: 'Spelling is not checked on this computer: it would need a dictionary downloaded, and Sevenfold never goes online.'
}
