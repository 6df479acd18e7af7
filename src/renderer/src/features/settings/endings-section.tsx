// "When things change": ending the vault on one's own, and deleting this journal. Apart from
// the rest of settings, at the bottom, since neither can be undone.

import { useId } from 'react'
import type { ProfileSummary } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useLoad } from '../../ui/use-load.ts'
import { DeleteJournal } from './delete-journal.tsx'
import { VaultEnding } from './vault-ending.tsx'

export function EndingsSection({ profile, onDeleted }: { profile: ProfileSummary; onDeleted: () => void }) {
  const ids = useId()
  const { loaded, set } = useLoad(() => api.endings.status(), 'endings')
  return (
    <section className="settings__section settings__endings" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>When things change</h2>
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'ready' && (
        <>
          {loaded.value.vaultExists && <VaultEnding status={loaded.value} onStatus={set} headingId={`${ids}-vault`} />}
          <DeleteJournal profile={profile} vaultExists={loaded.value.vaultExists} headingId={`${ids}-delete`} onDeleted={onDeleted} />
        </>
      )}
    </section>
  )
}
