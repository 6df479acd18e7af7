// What the backup feature offers the others: import it from here, never from its files.

export { automaticStatus } from './automatic.ts'
export { restoreChosenBackup } from './handlers.ts'
export { createRestoreChoice, RESTORE_DIALOG } from './restore-choice.ts'
export { ASIDE_FILE } from './swap-in.ts'
