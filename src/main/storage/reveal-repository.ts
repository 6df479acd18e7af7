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
  const remove = db.prepare<[string]>('DELETE FROM reveals WHERE id = ?')
  const replacePrompt = db.prepare<[Buffer, string, string]>('UPDATE reveal_prompts SET sealed = ? WHERE reveal_id = ? AND profile_id = ?')

  const ask = db.transaction((revealId: string, vaultId: string, prompts: RevealPartRow[], answer: RevealPartRow) => {
    insertReveal.run(revealId, vaultId)
    for (const prompt of prompts) insertPrompt.run(prompt.revealId, prompt.profileId, prompt.sealed)
    putAnswer.run(answer.revealId, answer.profileId, answer.sealed)
  })
  const replacePrompts = db.transaction((rows: RevealPartRow[]) => {
    for (const row of rows) replacePrompt.run(row.sealed, row.revealId, row.profileId)
  })

  return {
    /** A new question: its prompt for each partner and the asker's answer, all at once. */
    ask: (revealId: string, vaultId: string, prompts: RevealPartRow[], answer: RevealPartRow): void => ask(revealId, vaultId, prompts, answer),
    putAnswer: (row: RevealPartRow): void => void putAnswer.run(row.revealId, row.profileId, row.sealed),
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
