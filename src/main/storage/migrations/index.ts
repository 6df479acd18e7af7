import type { Migration } from '../migrate.ts'
import { initial } from './0001-initial.ts'
import { profileSettings } from './0002-profile-settings.ts'
import { vault } from './0003-vault.ts'
import { unlockWaits } from './0004-unlock-waits.ts'
import { reflectionRecord } from './0005-reflection-record.ts'
import { vaultPins } from './0006-vault-pins.ts'
import { vaultEndRequests } from './0007-vault-end-requests.ts'
import { pictures } from './0008-pictures.ts'

/**
 * Every schema version in order; append, never edit a released one. A file is opened only if its
 * schema is exactly what these make on an empty database (schema-trust.ts), so a migration's
 * schema must not depend on the rows, and ANALYZE, `PRAGMA optimize` or AUTOINCREMENT outside a
 * migration would make every journal look tampered with.
 */
export const MIGRATIONS: readonly Migration[] = [initial, profileSettings, vault, unlockWaits, reflectionRecord, vaultPins, vaultEndRequests, pictures]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version
