// The question before the vault's secrets go to paper: once printed, nothing protects them.
// Asked both from inside the open vault and when the print screen's vault choice is picked.

import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'

export function VaultPrintConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog
      title="Print your secrets?"
      text="On paper or in a PDF, your secrets are no longer protected: anyone who finds the pages or the file can read every one of them, without your parts. Print them only if you both agree, and keep what you print somewhere safe."
      confirmLabel="Yes, print them"
      cancelLabel="Not now"
      danger
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  )
}
