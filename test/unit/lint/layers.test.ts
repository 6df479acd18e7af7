// The layer rules of eslint.config.js (docs/architecture.md, "Layers"): a bad sample of each,
// linted as if it stood at its path, must fail with the rule's message; the same imports where
// they are allowed must pass.

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname })

/** The messages of no-restricted-imports for `code` at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

const SAMPLES: Array<{ rule: string; at: string; code: string; says: RegExp }> = [
  {
    rule: 'crypto imports only shared and itself',
    at: 'src/main/crypto/bad.ts',
    code: "import { openDatabase } from '../storage/database.ts'\nopenDatabase('x')\n",
    says: /crypto\/ and storage\/ import only/
  },
  {
    rule: 'storage imports only shared and itself',
    at: 'src/main/storage/bad.ts',
    code: "import type { Journal } from '../journal/index.ts'\nexport type J = Journal\n",
    says: /crypto\/ and storage\/ import only/
  },
  {
    rule: 'a migration imports only storage and shared',
    at: 'src/main/storage/migrations/bad.ts',
    code: "import { seal } from '../../crypto/seal.ts'\nseal()\n",
    says: /crypto\/ and storage\/ import only/
  },
  {
    rule: 'a feature reaches another only through its index.ts',
    at: 'src/main/vault/bad.ts',
    code: "import { readPins } from '../journal/pins.ts'\nreadPins()\n",
    says: /only through its index\.ts/
  },
  {
    rule: 'only handlers.ts sees the host',
    at: 'src/main/print/bad.ts',
    code: "import type { Host } from '../app/host.ts'\nexport type H = Host\n",
    says: /Only handlers\.ts reaches app\//
  },
  {
    rule: 'only handlers.ts builds repositories',
    at: 'src/main/backup/bad.ts',
    code: "import { createProfileRepository } from '../storage/profile-repository.ts'\ncreateProfileRepository()\n",
    says: /builds repositories/
  },
  { rule: 'only the shell imports Electron', at: 'src/main/app/bad.ts', code: "import { app } from 'electron'\napp.quit()\n", says: /may import electron/ },
  {
    rule: 'the main process stays free of UI libraries',
    at: 'src/main/journal/bad.ts',
    code: "import { useState } from 'react'\nuseState()\n",
    says: /free of UI libraries/
  },
  {
    rule: 'shared code never reaches Node',
    at: 'src/shared/bad.ts',
    code: "import { readFileSync } from 'node:fs'\nreadFileSync('x')\n",
    says: /no Node modules/
  },
  {
    rule: 'nor by the bare name of a Node module',
    at: 'src/renderer/src/features/journal/bad.ts',
    code: "import { join } from 'path'\njoin('a')\n",
    says: /no Node modules/
  },
  {
    rule: 'a renderer feature reaches another only through its index.ts',
    at: 'src/renderer/src/features/theme/bad.tsx',
    code: "import { RevealQuestions } from '../vault/questions/reveal-questions.tsx'\nexport const R = RevealQuestions\n",
    says: /another feature only through its index\.ts/
  },
  {
    rule: 'a renderer feature borrows no other feature’s styles',
    at: 'src/renderer/src/features/vault/secrets/bad.tsx',
    code: "import '../../settings/settings.css'\n",
    says: /another feature only through its index\.ts/
  },
  {
    rule: 'the renderer never reaches the main process',
    at: 'src/renderer/src/bad.ts',
    code: "import { dispatch } from '../../main/app/dispatch.ts'\ndispatch()\n",
    says: /only through the contract/
  }
]

const ALLOWED: Array<{ at: string; code: string }> = [
  {
    at: 'src/main/vault/good.ts',
    code: "import { readPins } from '../journal/index.ts'\nimport { seal } from '../crypto/seal.ts'\nimport type { Database } from '../storage/database.ts'\nimport { AppError } from '../../shared/errors.ts'\nexport const all = [readPins, seal, AppError] as const\nexport type D = Database\n"
  },
  {
    at: 'src/main/print/handlers.ts',
    code: "import type { Host } from '../app/host.ts'\nimport { createProfileRepository } from '../storage/profile-repository.ts'\nexport type H = Host\nexport const make = createProfileRepository\n"
  },
  {
    at: 'src/main/storage/migrations/good.ts',
    code: "import type { Migration } from '../migrate.ts'\nimport { AppError } from '../../../shared/errors.ts'\nexport type M = Migration\nexport const E = AppError\n"
  },
  { at: 'src/main/shell/good.ts', code: "import { app } from 'electron'\napp.quit()\n" },
  {
    at: 'src/renderer/src/features/theme/good.tsx',
    code: "import { RevealQuestions } from '../vault/index.ts'\nimport { ThemeIcon } from '../../ui/theme-icon.tsx'\nimport { THEMES } from '../../../../shared/themes.ts'\nexport const all = [RevealQuestions, ThemeIcon, THEMES]\n"
  }
]

describe('the layer rules', () => {
  it.each(SAMPLES)('refuse a bad sample: $rule', async ({ at, code, says }) => {
    const messages = await refusals(at, code)
    expect(messages.length, at).toBeGreaterThan(0)
    expect(messages.join('\n')).toMatch(says)
  })

  it.each(ALLOWED)('let the same kinds of import stand where they are allowed: $at', async ({ at, code }) => {
    expect(await refusals(at, code)).toEqual([])
  })
})
