import type { Database } from 'better-sqlite3'

/** One encrypted settings blob per partner; the row goes with the profile (foreign key). */
export function createSettingsRepository(db: Database) {
  const get = db.prepare<[string], { data: Buffer }>('SELECT data FROM profile_settings WHERE profile_id = ?')
  const put = db.prepare<[string, Buffer]>(
    'INSERT INTO profile_settings (profile_id, data) VALUES (?, ?) ON CONFLICT (profile_id) DO UPDATE SET data = excluded.data'
  )
  return {
    get: (profileId: string): Buffer | undefined => get.get(profileId)?.data,
    put: (profileId: string, data: Buffer): void => void put.run(profileId, data)
  }
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>
