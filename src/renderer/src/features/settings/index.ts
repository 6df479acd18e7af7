// What the settings screens offer the others: import them from here, never from its files.

export { RestoreForm } from './restore-form.tsx'
export { SettingsScreen } from './settings-screen.tsx'
