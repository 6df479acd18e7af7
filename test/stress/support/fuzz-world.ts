// The world the IPC fuzz runs in: two journals and their vault in a real backend over a temp
// folder, with reflections, secrets, a sealed drop-in and a question in them; a valid payload
// (or several) for every method of the contract; which methods only read; and a snapshot of
// everything stored and held open, to compare before and after a batch.

import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createBackend, type SevenfoldBackend } from '../../../src/main/app/backend.ts'
import { DATABASE_FILE } from '../../../src/main/storage/database.ts'
import type { Host } from '../../../src/main/app/host.ts'
import { DEFAULT_PRINT_OPTIONS } from '../../../src/shared/print.ts'
import { weekStartOf } from '../../../src/shared/time-together.ts'
import { dumpTables } from '../../support/backup.ts'
import { PART_A, PART_B, PASS_A, PASS_B, paragraphDoc } from '../../support/backend.ts'
import { pictureDoc } from '../../support/picture-journal.ts'
import { png } from '../../support/pictures.ts'

/** A small picture as the renderer would send it. */
const FUZZ_PICTURE = png({ width: 8, height: 6 })

export const NEW_PASSPHRASE = 'amber fjord whistles at noon'

/**
 * Methods whose valid payloads only read (or open a dialog that the fuzz host cancels), so they
 * may run inside a "nothing changes" batch. Every other method's valid payloads are kept out of
 * those batches: they lock, unlock, write, mark as read or run Argon2.
 */
export const READ_ONLY = new Set([
  'app.status',
  'session.rekeyProgress',
  'reflections.get',
  'reflections.list',
  'themes.summary',
  'settings.get',
  'vault.status',
  'vaultSecrets.list',
  'vaultReveals.waiting',
  'vaultReveals.list',
  'vaultShared.needsTogether',
  'insights.summary',
  'occasions.list',
  'search.query',
  'calendar.month',
  'calendar.year',
  'print.summary',
  'print.savePdf',
  'backup.status',
  'backup.create',
  'backup.chooseRestoreFile',
  'backup.restore',
  'journalExport.save',
  'endings.status',
  'pictures.get'
])

/** Methods whose valid payloads write without Argon2: fuzzed with valid payloads in a batch of their own. */
export const WRITES = new Set([
  'reflections.create',
  'reflections.update',
  'reflections.delete',
  'reflections.confirmUnchecked',
  'settings.update',
  'vault.seal',
  'vault.setAutoLock',
  'vault.resetParts',
  'vaultSecrets.get',
  'vaultSecrets.create',
  'vaultSecrets.update',
  'vaultSecrets.delete',
  'vaultReveals.ask',
  'vaultReveals.answer',
  'vaultShared.share',
  'vaultShared.thank',
  'vaultShared.shareCheckIn',
  'checkIns.save',
  'occasions.note',
  'occasions.change',
  'occasions.setAside',
  'needs.save',
  'vaultShared.shareNeeds',
  'vaultShared.offerForNeed',
  'vaultShared.reply',
  'vaultShared.react',
  // Time together: even list writes (it puts our ideas in the first time, and marks ideas sealed in as seen).
  'vaultTime.list',
  'vaultTime.addIdea',
  'vaultTime.removeIdea',
  'vaultTime.plan',
  'vaultTime.log',
  'vaultTime.removeLog',
  'vaultTime.sealIdea',
  'insights.dismissNudge',
  'backup.forgetOlder',
  // Renames Ben; asking to end while the vault is open together is refused, and withdrawing with no request changes nothing.
  'profile.rename',
  'endings.askToEnd',
  'endings.withdraw',
  // Stores a picture (the same bytes give back the one already stored).
  'pictures.add'
])

/** Every dialog cancelled, so "back up", "restore", "save PDF" and "export" answer without touching a file. */
export function cancellingHost(): Host & { restarts: number; printed: number } {
  const host = {
    restarts: 0,
    printed: 0,
    chooseSaveFile: async () => null,
    chooseOpenFile: async () => null,
    chooseFolder: async () => null,
    renderPdf: async (): Promise<Buffer> => {
      throw new Error('the fuzz host renders no PDF')
    },
    print: async () => {
      host.printed += 1
      return false
    },
    restart: () => {
      host.restarts += 1
    }
  }
  return host
}

export interface World {
  backend: SevenfoldBackend
  host: ReturnType<typeof cancellingHost>
  dataDir: string
  /** Ids the valid payloads point at: the fuzz may change or delete these. */
  target: {
    ana: string
    ben: string
    reflection: string
    occasion: string
    secret: string
    question: string
    needs: string
    idea: string
    time: string
    picture: string
    halves: { a: string; b: string }
  }
  /** Written before the fuzz and pointed at by no payload: they must come through unchanged. */
  anchors: { reflection: string; secret: string }
}

/** Two journals (Ben's open), the vault open, and something in each. */
export async function buildWorld(): Promise<World> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sevenfold-fuzz-'))
  const host = cancellingHost()
  const backend = await createBackend({ dataDir, kdfTargetMs: 0, host })
  const ana = (await backend.profile.create({ displayName: 'Ana', passphrase: PASS_A })).profileId
  await backend.reflections.create({ themeId: 'trust', title: 'Ana’s own', body: paragraphDoc('only hers') })
  const ben = (await backend.profile.create({ displayName: 'Ben', passphrase: PASS_B })).profileId
  const { recoveryHalves } = await backend.vault.create({ partA: PART_A, partB: PART_B })
  // Ana's journal sees the vault opened together once too, so both may seal into it; then Ben's is open again, with the vault.
  await backend.session.unlock({ profileId: ana, passphrase: PASS_A })
  for (const [part, passphrase] of [
    ['a', PART_A],
    ['b', PART_B]
  ] as const)
    await backend.vault.givePart({ part, passphrase })
  await backend.session.unlock({ profileId: ben, passphrase: PASS_B })
  for (const [part, passphrase] of [
    ['a', PART_A],
    ['b', PART_B]
  ] as const)
    await backend.vault.givePart({ part, passphrase })
  const anchor = await backend.reflections.create({ themeId: 'quality-time', title: 'Anchor', body: paragraphDoc('hello anchor'), date: '2026-11-20' })
  const reflection = await backend.reflections.create({ themeId: 'trust', title: 'Target', body: paragraphDoc('hello target'), date: '2026-11-25' })
  const occasion = await backend.occasions.note({ what: 'Ana’s interview', on: '2026-11-26', tone: 'hopeful' })
  const anchorSecret = await backend.vaultSecrets.create({ authorId: ben, title: 'Anchor secret', body: paragraphDoc('kept') })
  const secret = await backend.vaultSecrets.create({ authorId: ana, title: 'Target secret', body: paragraphDoc('hello') })
  await backend.vault.seal({ authorId: ana, title: 'Dropped in', body: paragraphDoc('sealed'), passphrase: PASS_A })
  const question = await backend.vaultReveals.ask({ prompt: 'What made you smile?', answer: 'Your laugh' })
  // Ben's needs check-in, shared and opened together, so "one thing I could do" has one to answer.
  await backend.vaultShared.shareNeeds({ id: (await backend.needs.save({ top: [{ id: 'heard' }, { own: 'A slow morning' }] })).id })
  const needs = (await backend.vaultSecrets.list()).find((s) => s.kind === 'needs')!
  await backend.vaultSecrets.get({ id: needs.id })
  const idea = (await backend.vaultTime.list()).ideas[0]!
  const time = (await backend.vaultTime.log({ date: '2026-11-21', what: 'A walk in the rain' })).log[0]!
  // A picture in Ben's journal, shown by the reflection the payloads point at.
  const picture = await backend.pictures.add({ bytes: FUZZ_PICTURE })
  await backend.reflections.update({ id: reflection.id, body: pictureDoc(picture) })
  return {
    backend,
    host,
    dataDir,
    target: {
      ana,
      ben,
      reflection: reflection.id,
      occasion: occasion.id,
      secret: secret.id,
      question: question.id,
      needs: needs.id,
      idea: idea.id,
      time: time.id,
      picture: picture.id,
      halves: recoveryHalves
    },
    anchors: { reflection: anchor.id, secret: anchorSecret.id }
  }
}

/** At least one valid payload per method; undefined for methods that take none. */
export function validPayloads({ target }: World): Record<string, unknown[]> {
  const body = paragraphDoc('hello there')
  const printOptions = { ...DEFAULT_PRINT_OPTIONS, tableOfContents: false }
  const scopes = [
    { kind: 'reflection', id: target.reflection },
    { kind: 'theme', themeId: 'trust' },
    { kind: 'dateRange', from: '2026-01-01', to: '2026-12-31' },
    { kind: 'chosen', ids: [target.reflection] },
    { kind: 'vault', confirmed: true }
  ]
  const code = 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD'
  return {
    'app.status': [undefined],
    'profile.create': [{ displayName: 'Cleo', passphrase: NEW_PASSPHRASE }],
    'session.unlock': [{ profileId: target.ana, passphrase: PASS_A }],
    'session.lock': [undefined],
    'session.changePassphrase': [{ currentPassphrase: PASS_B, newPassphrase: NEW_PASSPHRASE }],
    'session.recover': [{ profileId: target.ana, recoveryCode: code, newPassphrase: NEW_PASSPHRASE }],
    'session.rekeyProgress': [undefined],
    'reflections.create': [
      { themeId: 'trust', title: 'New', body, date: '2026-11-24' },
      { themeId: 'trust', title: '', body, prompt: 'What did you notice today?' },
      { themeId: 'being-there', title: 'After', body, prompt: 'How did it go?', followsUp: target.occasion }
    ],
    'reflections.update': [
      { id: target.reflection, themeId: 'small-talk', title: 'Changed', body, date: '2026-11-23' },
      { id: target.reflection, prompt: 'Started from this' },
      { id: target.reflection, prompt: null }
    ],
    'reflections.get': [{ id: target.reflection }],
    'reflections.delete': [{ id: target.reflection }],
    'reflections.confirmUnchecked': [{ ids: [target.reflection] }],
    'reflections.list': [undefined, { themeId: 'trust' }],
    'themes.summary': [undefined],
    'settings.get': [undefined],
    'settings.update': [{ appearance: 'dark', textSize: 'large', autoLockMinutes: 10 }],
    'vault.status': [undefined],
    'vault.create': [{ partA: PART_A, partB: PART_B }],
    'vault.givePart': [{ part: 'a', passphrase: PART_A }],
    'vault.resetParts': [undefined],
    'vault.lock': [undefined],
    'vault.seal': [{ authorId: target.ana, title: 'Sealed', body }],
    'vault.changePassphrase': [{ currentPartA: PART_A, currentPartB: PART_B, newPartA: NEW_PASSPHRASE, newPartB: `${NEW_PASSPHRASE} too` }],
    'vault.recover': [
      { halfA: target.halves.a, halfB: target.halves.b, newPartA: NEW_PASSPHRASE, newPartB: `${NEW_PASSPHRASE} too`, journalPassphraseA: PASS_A }
    ],
    'vault.setAutoLock': [{ minutes: 3 }],
    'vaultSecrets.list': [undefined],
    'vaultSecrets.get': [{ id: target.secret }],
    'vaultSecrets.create': [{ authorId: target.ben, title: 'New secret', body, date: '2026-11-22' }],
    'vaultSecrets.update': [{ id: target.secret, authorId: target.ben, title: 'Changed', body, date: '2026-11-21' }],
    'vaultSecrets.delete': [{ id: target.secret }],
    'vaultReveals.ask': [{ prompt: 'A question?', answer: 'An answer' }],
    'vaultReveals.waiting': [undefined],
    'vaultReveals.answer': [{ id: target.question, answer: 'Mine' }],
    'vaultReveals.list': [undefined],
    'vaultShared.share': [{ id: target.reflection }],
    'vaultShared.thank': [{ text: 'Thank you for the soup when I was ill' }],
    // A reflection that is no check-in is refused with a sentence; the fuzz checks the answer's shape.
    'vaultShared.shareCheckIn': [{ id: target.reflection }],
    'checkIns.save': [{ lines: { forward: 'The walk after lunch', heard: 'A song on the radio', tell: 'The cat slept on my book' } }],
    'needs.save': [{ top: [{ id: 'encouraged' }, { own: 'Time to myself' }, { id: 'touched' }], line: 'A busy week ahead' }, { top: [{ id: 'forgiven' }] }],
    // As with shareCheckIn: a reflection that is no needs check-in is refused with a sentence.
    'vaultShared.shareNeeds': [{ id: target.reflection }],
    'vaultShared.needsTogether': [undefined],
    'vaultShared.offerForNeed': [
      { id: target.needs, text: 'Bring you tea and listen' },
      { id: target.needs, text: '' }
    ],
    'vaultShared.reply': [{ on: { kind: 'secret', id: target.secret }, authorId: target.ben, text: 'Thank you for this' }],
    'vaultShared.react': [
      { on: { kind: 'secret', id: target.secret }, authorId: target.ana, reaction: 'love' },
      { on: { kind: 'reveal', id: target.question }, authorId: target.ben, reaction: 'me-too' }
    ],
    'occasions.list': [undefined],
    'occasions.note': [
      { what: 'Ana’s exam', on: '2026-11-27', tone: 'hard', line: 'A quiet evening after' },
      { what: 'A party', on: '2026-11-28' }
    ],
    'occasions.change': [{ id: target.occasion, what: 'Ana’s second interview', on: '2026-11-29', tone: null, line: 'Coffee first' }],
    'occasions.setAside': [
      { id: target.occasion, aside: true },
      { id: target.occasion, aside: false }
    ],
    'vaultTime.list': [undefined],
    'vaultTime.addIdea': [{ text: 'Breakfast on the balcony' }],
    'vaultTime.removeIdea': [{ id: target.idea }],
    'vaultTime.plan': [
      { id: target.idea, week: weekStartOf(new Date()) },
      { id: target.idea, week: null }
    ],
    'vaultTime.log': [
      { date: '2026-11-22', what: 'Pancakes', ideaId: target.idea },
      { date: '2026-11-23', what: 'A film' }
    ],
    'vaultTime.removeLog': [{ id: target.time }],
    'vaultTime.sealIdea': [{ authorId: target.ben, text: 'Stargazing' }],
    'insights.summary': [undefined],
    'insights.dismissNudge': [{ themeId: 'trust' }],
    'search.query': [{ text: 'hello', themeIds: ['trust', 'quality-time'], from: '2026-01-01', to: '2026-12-31', includeVault: true, limit: 10 }],
    'calendar.month': [{ month: '2026-11' }],
    'calendar.year': [{ year: 2026 }],
    'print.summary': scopes.map((scope) => ({ scope })),
    'print.print': scopes.map((scope) => ({ scope, options: printOptions })),
    'print.savePdf': scopes.map((scope) => ({ scope, options: DEFAULT_PRINT_OPTIONS })),
    'backup.status': [undefined],
    'backup.create': [undefined],
    'backup.chooseRestoreFile': [undefined],
    'backup.restore': [{ passphrase: PASS_B }],
    'backup.forgetOlder': [{ understood: true }],
    'profile.rename': [{ displayName: 'Ben' }],
    // Deleting Ben's journal or ending the vault would take the anchors with it: only invalid payloads of these are sent.
    'endings.status': [undefined],
    'endings.deleteJournal': [{ passphrase: PASS_B, confirmName: 'Ben' }],
    'endings.endTogether': [{ confirm: 'end our vault', partA: PART_A, partB: PART_B }],
    'endings.askToEnd': [undefined],
    'endings.withdraw': [undefined],
    'endings.endAlone': [{ passphrase: PASS_B, confirm: 'end our vault' }],
    'pictures.add': [{ bytes: FUZZ_PICTURE }, { bytes: png({ width: 3, height: 2, pixel: (x, y) => [x * 80, y * 120, 40, 255] }) }],
    'pictures.get': [{ id: target.picture }],
    'journalExport.save': [
      { format: 'markdown', understoodUnencrypted: true },
      { format: 'html', understoodUnencrypted: true }
    ]
  }
}

/**
 * Everything stored (each table's rows, through a second, read-only connection), the files, and
 * what is open. `withoutWaits` leaves out the count of wrong tries, which wrong passphrases write on purpose.
 */
export async function snapshot({ backend, dataDir, host }: World, options: { withoutWaits?: boolean } = {}): Promise<string> {
  const [status, vault] = await Promise.all([backend.app.status(), backend.vault.status()])
  const files = readdirSync(dataDir).filter((name) => !name.endsWith('-shm'))
  const tables = dumpTables(join(dataDir, DATABASE_FILE))
  if (options.withoutWaits) delete tables.unlock_waits
  return JSON.stringify({ tables, files, status, vault, restarts: host.restarts })
}

/** SQLite's own check of the file, through a read-only connection. */
export function integrity(dataDir: string): string {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true })
  try {
    return String(db.pragma('integrity_check', { simple: true }))
  } finally {
    db.close()
  }
}
