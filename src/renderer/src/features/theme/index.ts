// What the theme screens offer the others: import them from here, never from its files.

export { ThemeScreen } from './theme-screen.tsx'
