import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  TEMP_PREFIX,
  createPrivateFile,
  diskFullAs,
  ensurePrivateDir,
  isDiskFull,
  removeLeftoverTemps,
  tempPathIn,
  writePrivateFile
} from '../../../../src/main/storage/private-files.ts'
import { AppError } from '../../../../src/shared/errors.ts'
import { useTempDirs } from '../../../support/temp-dir.ts'

const tempDir = useTempDirs()

describe('private files', () => {
  it('makes folders 0700 and files 0600', async () => {
    const dir = join(tempDir(), 'inner')
    await ensurePrivateDir(dir)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    const file = join(dir, 'f')
    await (await createPrivateFile(file)).close()
    expect(statSync(file).mode & 0o777).toBe(0o600)
    await expect(createPrivateFile(file)).rejects.toMatchObject({ code: 'EEXIST' })
  })

  it('writes a file whole under its name, replacing one that was there, with no temporary file left', async () => {
    const dir = tempDir()
    const target = join(dir, 'page.html')
    writeFileSync(target, 'old', { mode: 0o644 })
    await writePrivateFile(target, 'new')
    expect(readFileSync(target, 'utf8')).toBe('new')
    expect(statSync(target).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(['page.html'])
    // A folder that is not there: the write fails and leaves nothing.
    await expect(writePrivateFile(join(dir, 'gone', 'x'), 'y')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(dir)).toEqual(['page.html'])
  })

  it('clears only our own leftover temporary files', async () => {
    const dir = tempDir()
    const ours = tempPathIn(dir, 'snapshot-')
    writeFileSync(ours, 'x')
    writeFileSync(`${ours}-wal`, 'x')
    writeFileSync(join(dir, 'sevenfold.db'), 'x')
    writeFileSync(join(dir, 'notes.tmp'), 'x')
    expect(ours.startsWith(join(dir, TEMP_PREFIX))).toBe(true)
    await removeLeftoverTemps(dir)
    expect(readdirSync(dir).sort()).toEqual(['notes.tmp', 'sevenfold.db'])
    expect(existsSync(ours)).toBe(false)
  })

  it('clears what a crash left beside a target before writing it, and nothing else there', async () => {
    const dir = tempDir()
    const target = join(dir, 'us.sevenfold-backup')
    const leftovers = ['.us.sevenfold-backup.0a1b2c3d4e5f.tmp', '.us.sevenfold-backup.ffffffffffff.tmp']
    const others = ['.other.sevenfold-backup.0a1b2c3d4e5f.tmp', '.us.sevenfold-backup.123.tmp', 'us.sevenfold-backup.0a1b2c3d4e5f.tmp', 'photo.jpg']
    for (const name of [...leftovers, ...others]) writeFileSync(join(dir, name), 'x')
    await writePrivateFile(target, 'backup')
    expect(readdirSync(dir).sort()).toEqual([...others, 'us.sevenfold-backup'].sort())
    expect(readFileSync(target, 'utf8')).toBe('backup')
  })

  it('says a full disk in the words it is given, and passes anything else on', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'SQLITE_FULL']) {
      const error = Object.assign(new Error('no space'), { code })
      expect(isDiskFull(error)).toBe(true)
      expect(diskFullAs(error, 'The disk is full, so the backup was not saved. Free some space and try again.')).toEqual(
        new AppError('DISK_FULL', 'The disk is full, so the backup was not saved. Free some space and try again.')
      )
    }
    const other = Object.assign(new Error('denied'), { code: 'EACCES' })
    expect(isDiskFull(other)).toBe(false)
    expect(diskFullAs(other, 'x')).toBe(other)
  })
})
