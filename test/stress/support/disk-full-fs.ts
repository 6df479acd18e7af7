// A tiny file system for the disk-full test: a tmpfs of a few MiB mounted on a temp folder
// (this needs root, as CI and this machine run), filled to the last byte by a filler file,
// and given room again by deleting the filler or remounting it bigger.

import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync, statfsSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TinyDisk {
  root: string
  /** Writes a filler file until the file system says ENOSPC; returns the bytes written. */
  fill(): number
  /** Deletes the filler: the space it took is free again. */
  free(): void
  /** Remounts the file system with `mib` MiB (what is on it stays). */
  resize(mib: number): void
  /** Free bytes as the file system counts them. */
  available(): number
  unmount(): void
}

/** What the test needs, said plainly when it cannot have it: never a silent skip. */
const NEEDS =
  'The disk-full test needs a tiny file system: it mounts a tmpfs (mount -t tmpfs -o size=…), which needs root ' +
  '(or CAP_SYS_ADMIN). Run the stress tests as root, as CI does.'

export function mountTinyDisk(mib: number): TinyDisk {
  const root = mkdtempSync(join(tmpdir(), 'sevenfold-full-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mib}m,mode=0700`, 'tmpfs', root], { stdio: 'pipe' })
  } catch (error) {
    rmSync(root, { recursive: true, force: true })
    const uid = process.getuid?.() ?? -1
    throw new Error(`${NEEDS} (running as uid ${uid}; mount said: ${String((error as { stderr?: unknown }).stderr ?? error).trim()})`, { cause: error })
  }
  const filler = join(root, 'filler')
  let fillers = 0
  return {
    root,
    fill() {
      // Big chunks first, then ever smaller ones, down to single bytes: not a byte left.
      const fd = openSync(join(root, `filler-${fillers++}`), 'a')
      let written = 0
      try {
        for (let chunk = 1 << 16; chunk >= 1; chunk >>= 2) {
          const bytes = Buffer.alloc(chunk, 0x5a)
          for (;;) {
            try {
              written += writeSync(fd, bytes)
            } catch (error) {
              if ((error as { code?: unknown }).code === 'ENOSPC') break
              throw error
            }
          }
        }
      } finally {
        closeSync(fd)
      }
      return written
    },
    free() {
      for (let i = 0; i < fillers; i++) rmSync(`${filler}-${i}`, { force: true })
      fillers = 0
    },
    resize(size: number) {
      execFileSync('mount', ['-o', `remount,size=${size}m`, root], { stdio: 'pipe' })
    },
    available() {
      const stats = statfsSync(root)
      return stats.bavail * stats.bsize
    },
    unmount() {
      try {
        execFileSync('umount', [root], { stdio: 'pipe' })
      } catch {
        // Something of a failed test still has a file open: detach now, freed when it closes.
        execFileSync('umount', ['-l', root], { stdio: 'pipe' })
      }
      rmSync(root, { recursive: true, force: true })
    }
  }
}
