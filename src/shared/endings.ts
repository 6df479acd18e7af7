// What the endings' methods answer (contract.ts re-exports these): a partner's request to end
// the vault on their own, and the typed words that confirm an ending.

/** Days between asking to end the vault alone and being able to (docs/security.md, "Endings"). */
export const END_WAIT_DAYS = 7

/** What each partner types to say they mean it when the vault ends. */
export const END_VAULT_WORDS = 'end our vault'

/** Whether `typed` says `expected`: spaces at the ends and letter case do not count. */
export function typedAsAsked(typed: string, expected: string): boolean {
  const plain = (s: string) => s.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase()
  return plain(typed) !== '' && plain(typed) === plain(expected)
}

export interface EndRequest {
  /** Who asked. */
  profileId: string
  displayName: string
  /** ISO dates: when they asked, and when the vault may be ended from their journal. */
  requestedAt: string
  endsAt: string
  /**
   * Only for the asker's own open journal: whether the request is theirs as their journal made
   * it (its date checked under their key; the dates above are then that one), and whether its
   * wait is over. Null for everyone else, who can only read the announcement.
   */
  mine: { proven: boolean; canEndNow: boolean } | null
}

export interface EndingsStatus {
  vaultExists: boolean
  /** A request to end the vault alone, if one is waiting. */
  request: EndRequest | null
}
