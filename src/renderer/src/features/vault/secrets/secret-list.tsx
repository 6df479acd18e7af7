// The open vault's secrets: who wrote each, when, its title and opening words, and "New" for
// a sealed drop-in not read since. A row opens the reading view there; Edit and Delete sit beside it
// (no Edit on a copy shared from a journal or a thank-you note: it stays as it was sealed).

import type { VaultPartner, VaultSecretHeader } from '../../../../../shared/contract.ts'
import { keptAsSealed } from '../../../../../shared/vault.ts'
import { formatDay } from '../../../ui/dates.ts'
import { nameOf } from './open-vault-names.ts'

interface Props {
  secrets: readonly VaultSecretHeader[]
  partners: readonly VaultPartner[]
  labelledBy: string
  onRead: (index: number) => void
  onEdit: (secret: VaultSecretHeader) => void
  onDelete: (secret: VaultSecretHeader) => void
}

export function SecretList({ secrets, partners, labelledBy, onRead, onEdit, onDelete }: Props) {
  return (
    <ul className="secret-list" aria-labelledby={labelledBy}>
      {secrets.map((secret, index) => {
        const title = secret.title.trim()
        // Said after the visible word, so "Edit" is still what speech input hears first.
        const which = <span className="visually-hidden"> “{title || 'Untitled'}”</span>
        return (
          <li key={secret.id} className="secret-row">
            <button type="button" className="secret-row__open" onClick={() => onRead(index)}>
              <span className="secret-row__head">
                <span className={title ? 'secret-row__title' : 'secret-row__title secret-row__title--untitled'}>{title ? <bdi>{title}</bdi> : 'Untitled'}</span>
                {secret.isNew && <span className="vault-badge">New</span>}
              </span>
              <span className="secret-row__meta">
                <bdi>{nameOf(partners, secret.authorId)}</bdi> · {formatDay(secret.date)}
                {secret.wasSealed && ' · dropped in sealed'}
              </span>
              <span className="secret-row__excerpt" dir="auto">
                {secret.excerpt}
              </span>
            </button>
            <span className="secret-row__actions">
              {/* Who wrote it and where it came from are what was sealed: an edit could make them lie. */}
              {!keptAsSealed(secret) && (
                <button type="button" className="quiet" onClick={() => onEdit(secret)}>
                  Edit{which}
                </button>
              )}
              <button type="button" className="quiet" onClick={() => onDelete(secret)}>
                Delete…{which}
              </button>
            </span>
          </li>
        )
      })}
    </ul>
  )
}
