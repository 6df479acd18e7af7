// One calm line icon per theme, as SVG path data for a 24×24 view box drawn with a stroke
// (no fill). Only data lives here, so main, preload and print can use it without a DOM.

export const THEME_ICON_IDS = ['heart', 'sprout', 'key', 'cup', 'speech', 'sparkle', 'umbrella'] as const

export type ThemeIconId = (typeof THEME_ICON_IDS)[number]

export const THEME_ICON_VIEW_BOX = '0 0 24 24'

export const THEME_ICONS: Readonly<Record<ThemeIconId, readonly string[]>> = {
  // Love yourself first: a single heart.
  heart: ['M12 19.5s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7a4.2 4.2 0 0 1 7.5 2.5c0 5.4-7.5 10-7.5 10z'],
  // Needs: a sprout, something that grows when it is looked after.
  sprout: ['M12 20v-8', 'M12 12c0-4 2.6-6.5 7-6.5 0 4.4-2.6 6.5-7 6.5z', 'M12 14.5c0-3-2-5-5.5-5 0 3.1 2 5 5.5 5z'],
  // Trust: a key.
  key: ['M11 12a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0z', 'M11 12h9', 'M17 12v3', 'M20 12v2'],
  // Quality time: a cup with a little steam.
  cup: ['M5 10h11v3.5A5.5 5.5 0 0 1 10.5 19h0A5.5 5.5 0 0 1 5 13.5z', 'M16 11h1.5a2.5 2.5 0 0 1 0 5H15.5', 'M9 4.5v2.5', 'M12 4.5v2.5'],
  // Small talk: a speech bubble with a line of words.
  speech: ['M6 5h12a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2h-7l-4.5 3.5V16H6a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z', 'M8.5 10.5h7'],
  // Appreciation: a soft four-pointed sparkle.
  sparkle: ['M12 3.5c.6 4.3 2.2 5.9 6.5 6.5-4.3.6-5.9 2.2-6.5 6.5-.6-4.3-2.2-5.9-6.5-6.5 4.3-.6 5.9-2.2 6.5-6.5z', 'M18.5 16.5v3', 'M17 18h3'],
  // Being there: an umbrella, shelter in hard moments as well as good ones.
  umbrella: ['M3.5 12a8.5 8.5 0 0 1 17 0z', 'M12 12v6a2 2 0 0 1-4 0', 'M12 3.5V2.5']
}
