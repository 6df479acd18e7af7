import type { Database } from 'better-sqlite3'

/** One sealed item of a question in flight: a prompt (to a partner) or an answer (to the vault). */
export interface RevealPartRow {
  revealId: string
  profileId: string
  sealed: Buffer
}

export function createRevealRepository(db: Database) {
  const insertReveal = db.prepare<[string, string]>('INSERT INTO reveals (id, vault_id) VALUES (?, ?)')
  const insertPrompt = db.prepare<[string, string, Buffer]>('INSERT INTO reveal_prompts (reveal_id, profile_id, sealed) VALUES (?, ?, ?)')
  const putAnswer = db.prepare<[string, string, Buffer]>(
    'INSERT INTO reveal_answers (reveal_id, profile_id, sealed) VALUES (?, ?, ?) ON CONFLICT (reveal_id, profile_id) DO UPDATE SET sealed = excluded.sealed'
  )
  const promptsFor = db.prepare<[string], RevealPartRow>(
    'SELECT reveal_id AS revealId, profile_id AS profileId, sealed FROM reveal_prompts WHERE profile_id = ? ORDER BY rowid'
  )
  const answers = db.prepare<[], RevealPartRow>('SELECT reveal_id AS revealId, profile_id AS profileId, sealed FROM reveal_answers ORDER BY rowid')
  const answeredBy = db.prepare<[string], { profileId: string }>('SELECT profile_id AS profileId FROM reveal_answers WHERE reveal_id = ?')
  const answeredByBoth = db.prepare<[string, string, string], { one: number }>(
    `SELECT 1 AS one FROM reveals r WHERE r.vault_id = ?
       AND EXISTS (SELECT 1 FROM reveal_answers WHERE reveal_id = r.id AND profile_id = ?)
       AND EXISTS (SELECT 1 FROM reveal_answers WHERE reveal_id = r.id AND profile_id = ?) LIMIT 1`
  )
  const remove = db.prepare<[string]>('DELETE FROM reveals WHERE id = ?')
  const replacePrompt = db.prepare<[Buffer, string, string]>('UPDATE reveal_prompts SET sealed = ? WHERE reveal_id = ? AND profile_id = ?')

  const ask = db.transaction((revealId: string, vaultId: string, prompts: RevealPartRow[], answer: RevealPartRow) => {
    insertReveal.run(revealId, vaultId)
    for (const prompt of prompts) insertPrompt.run(prompt.revealId, prompt.profileId, prompt.sealed)
    putAnswer.run(answer.revealId, answer.profileId, answer.sealed)
  })
  const answerWithCopy = db.transaction((answer: RevealPartRow, copy: RevealPartRow) => {
    putAnswer.run(answer.revealId, answer.profileId, answer.sealed)
    replacePrompt.run(copy.sealed, copy.revealId, copy.profileId)
  })
  const replacePrompts = db.transaction((rows: RevealPartRow[]) => {
    for (const row of rows) replacePrompt.run(row.sealed, row.revealId, row.profileId)
  })

  return {
    /** A new question: its prompt for each partner and the asker's answer, all at once. */
    ask: (revealId: string, vaultId: string, prompts: RevealPartRow[], answer: RevealPartRow): void => ask(revealId, vaultId, prompts, answer),
    putAnswer: (row: RevealPartRow): void => void putAnswer.run(row.revealId, row.profileId, row.sealed),
    /** An answer and the answerer's own copy of the question (which now holds it), at once. */
    answerWithCopy: (answer: RevealPartRow, copy: RevealPartRow): void => answerWithCopy(answer, copy),
    /** Whether some question of this vault has both partners' answers: visible to anyone with the file. */
    answeredByBoth: (vaultId: string, partnerA: string, partnerB: string): boolean => answeredByBoth.get(vaultId, partnerA, partnerB) !== undefined,
    promptsFor: (profileId: string): RevealPartRow[] => promptsFor.all(profileId),
    answers: (): RevealPartRow[] => answers.all(),
    answeredBy: (revealId: string): string[] => answeredBy.all(revealId).map((r) => r.profileId),
    /** A prompt or an answer sealed again (to a partner's new key pair, or the vault's). */
    replacePrompt: (row: RevealPartRow): void => void replacePrompt.run(row.sealed, row.revealId, row.profileId),
    /** Several prompts at once, in one transaction. */
    replaceAll: (rows: RevealPartRow[]): void => replacePrompts(rows),
    replaceAnswer: (row: RevealPartRow): void => void putAnswer.run(row.revealId, row.profileId, row.sealed),
    /** Deletes the question with its prompts and answers (foreign keys). */
    remove: (revealId: string): void => void remove.run(revealId)
  }
}

export type RevealRepository = ReturnType<typeof createRevealRepository>
