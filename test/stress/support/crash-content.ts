// What the crash tests write and expect, shared by the parent and the child it kills: a
// reflection's whole content follows from its sequence number, so the parent can recompute
// what any save held without the child ever printing it.

import { isDeepStrictEqual } from 'node:util'
import type { Host } from '../../../src/main/app/host.ts'
import type { Reflection } from '../../../src/shared/contract.ts'
import type { RichTextNode } from '../../../src/shared/rich-text.ts'
import { THEME_IDS, type ThemeId } from '../../../src/shared/themes.ts'
import { makeDate, makeDoc, makeTitle, seededRng } from '../../bench/corpus.ts'

export interface SavedContent {
  themeId: ThemeId
  title: string
  date: string
  body: RichTextNode
}

/** The reflection content of save number `seq`: about 2 KB of rich text, the same every time. */
export function contentOf(seq: number): SavedContent {
  const rng = seededRng(Math.imul(seq, 0x9e3779b1) ^ 0x5eed)
  return {
    themeId: THEME_IDS[seq % THEME_IDS.length]!,
    // The number keeps two saves that drew the same words apart.
    title: `${makeTitle(rng)} · ${seq}`,
    date: makeDate(rng),
    body: makeDoc(rng, 2000)
  }
}

/** Whether a reflection read back holds exactly what save `seq` wrote. */
export function holds(reflection: Reflection, seq: number): boolean {
  const expected = contentOf(seq)
  return (
    reflection.themeId === expected.themeId &&
    reflection.title === expected.title &&
    reflection.date === expected.date &&
    isDeepStrictEqual(reflection.body, expected.body)
  )
}

/** A desktop whose dialogs answer with fixed paths; restarting after a restore is a no-op. */
export function fixedHost(answers: { saveAs?: string; openFile?: string }): Host {
  return {
    chooseSaveFile: async () => answers.saveAs ?? null,
    chooseOpenFile: async () => answers.openFile ?? null,
    chooseFolder: async () => null,
    renderPdf: () => Promise.reject(new Error('not used in crash tests')),
    print: async () => false,
    restart: () => undefined
  }
}

/** What the parent tells a child before it opens anything (sent on stdin, never on the command line). */
export type CrashOrder =
  | { kind: 'saves'; dataDir: string; profileId: string; passphrase: string; nextSeq: number; seed: number; cap: number; createShare: number }
  /** `rekey`: each change re-keys the journal too (a new key, everything encrypted again). */
  | { kind: 'passphrase'; dataDir: string; profileId: string; passphrases: [string, string]; likely: 0 | 1; rekey: boolean }
  | { kind: 'vault'; dataDir: string; pairs: [[string, string], [string, string]]; likely: 0 | 1 }
  | { kind: 'backup'; dataDir: string; target: string }
