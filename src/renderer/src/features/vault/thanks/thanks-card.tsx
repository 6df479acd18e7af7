// "For Ben, from Ana": how a thank-you note is named in the open vault, on its envelope and on
// its page in the reading view.

import type { CSSProperties } from 'react'
import type { VaultPartner, VaultSecretHeader } from '../../../../../shared/contract.ts'
import { isolated } from '../../../../../shared/text-direction.ts'
import { themeById } from '../../../../../shared/themes.ts'
import { nameOf } from '../secrets/open-vault-names.ts'

export function isThanks(secret: VaultSecretHeader): boolean {
  return secret.kind === 'thanks' && secret.forId !== undefined
}

/** "For Ben, from Ana" for a thank-you note. */
export function thanksLine(secret: VaultSecretHeader, partners: readonly VaultPartner[]): string {
  return `For ${isolated(nameOf(partners, secret.forId ?? ''))}, from ${isolated(nameOf(partners, secret.authorId))}`
}

/** New thank-you notes come first among the new, each kind keeping its own order. */
export function thanksFirst(secrets: readonly VaultSecretHeader[]): VaultSecretHeader[] {
  return [...secrets.filter(isThanks), ...secrets.filter((s) => !isThanks(s))]
}

/** The appreciation theme's colour, set through the DOM (which the CSP allows, unlike a style attribute). */
export const thanksColour = { '--thanks-colour': themeById('appreciation').colour } as CSSProperties
