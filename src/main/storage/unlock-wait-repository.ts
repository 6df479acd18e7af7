import type { Database } from 'better-sqlite3'

/** A door's wrong tries so far, and until when (ms since 1970) the next must wait. */
export interface UnlockWait {
  failures: number
  until: number
}

export function createUnlockWaitRepository(db: Database) {
  const all = db.prepare<[], { door: string } & UnlockWait>('SELECT door, failures, until FROM unlock_waits')
  const put = db.prepare<[string, number, number]>(
    'INSERT INTO unlock_waits (door, failures, until) VALUES (?, ?, ?) ON CONFLICT (door) DO UPDATE SET failures = excluded.failures, until = excluded.until'
  )
  const remove = db.prepare<[string]>('DELETE FROM unlock_waits WHERE door = ?')
  return {
    all: (): Map<string, UnlockWait> => new Map(all.all().map(({ door, failures, until }) => [door, { failures, until }])),
    put: (door: string, wait: UnlockWait): void => void put.run(door, wait.failures, wait.until),
    remove: (door: string): void => void remove.run(door)
  }
}

export type UnlockWaitRepository = ReturnType<typeof createUnlockWaitRepository>
