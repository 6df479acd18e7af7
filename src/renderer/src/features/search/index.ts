// What the search screens offer the others: import them from here, never from its files.

export { SearchPalette } from './search-palette.tsx'
