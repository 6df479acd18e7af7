// "Shared from Ana's journal", with the reflection's theme and its day: what marks a copy of a
// reflection in the vault, on its envelope and on its page; "From Ana's check-in" for the line a
// daily check-in told; "From Ana's needs check-in" for a needs check-in.

import './shared-from.css'
import type { CSSProperties } from 'react'
import type { VaultSecretHeader } from '../../../../../shared/contract.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { formatDay } from '../../../ui/dates.ts'

interface Props {
  sharedFrom: NonNullable<VaultSecretHeader['sharedFrom']>
  /** The secret's own kind: a needs check-in says so. */
  kind?: VaultSecretHeader['kind'] | undefined
  author: string
  /** On an envelope, the day stays for the page: only whose journal and the theme show. */
  withDay?: boolean
}

const WHAT = { 'check-in': '’s check-in', needs: '’s needs check-in', journal: '’s journal' } as const

export function SharedFrom({ sharedFrom, kind, author, withDay = true }: Props) {
  const theme = themeById(sharedFrom.themeId)
  const colour = { '--theme-colour': theme.colour } as CSSProperties
  const what = sharedFrom.kind === 'check-in' ? 'check-in' : kind === 'needs' ? 'needs' : 'journal'
  return (
    <p className="shared-from" style={colour}>
      <span className="shared-from__dot" aria-hidden="true" />
      {what === 'journal' ? 'Shared from' : 'From'} <bdi>{author}</bdi>
      {WHAT[what]} · {theme.title}
      {withDay && ` · ${formatDay(sharedFrom.date)}`}
    </p>
  )
}
