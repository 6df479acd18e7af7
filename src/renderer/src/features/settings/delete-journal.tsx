// "Delete my journal", at the very bottom of settings: its passphrase and its owner's name typed.
// While a vault exists it is not offered: the vault holds words of both, so it is ended first.

import type { ProfileSummary } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { OWN_PASSPHRASE, TypedConfirmForm } from '../../ui/typed-confirm-form.tsx'

interface Props {
  profile: ProfileSummary
  vaultExists: boolean
  headingId: string
  onDeleted: () => void
}

export function DeleteJournal({ profile, vaultExists, headingId, onDeleted }: Props) {
  return (
    <div className="settings__subsection" aria-labelledby={headingId} role="group">
      <h3 id={headingId}>Delete my journal</h3>
      {vaultExists ? (
        <p className="settings__lead">
          Your vault holds words of you both, so it is ended first: together from inside it, or on your own as above. Then your journal can be deleted here.
        </p>
      ) : (
        <>
          <p className="warning-box">
            Every reflection and setting of yours is gone from this computer for good, and your passphrase and recovery code open nothing any more. Backups made
            before today still hold your journal, with your partner's: Sevenfold cannot reach a backup file saved elsewhere, and it leaves the automatic backups
            in its folder as they are, since they hold your partner's journal too. Delete those yourself if you need to.
          </p>
          <TypedConfirmForm
            label="Delete my journal"
            words={profile.displayName}
            secrets={OWN_PASSPHRASE}
            confirmLabel="Delete my journal for good"
            busyLabel="Deleting…"
            onConfirm={async (confirmName, { passphrase = '' }) => {
              await api.endings.deleteJournal({ confirmName, passphrase })
              onDeleted()
            }}
          />
        </>
      )}
    </div>
  )
}
