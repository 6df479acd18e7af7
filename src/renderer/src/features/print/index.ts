// What the print screens offer the others: import them from here, never from its files.

export { PrintScreen } from './print-screen.tsx'
export { VaultPrintConfirm } from './vault-print-confirm.tsx'
