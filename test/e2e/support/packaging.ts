// electron-builder.yml as electron-builder itself reads and validates it (its own loader and its
// own JSON schema, app-builder-lib/scheme.json), and what a package would hold: the production
// dependency closure (electron-builder never copies devDependencies) and its native addons.

import { readdirSync, readFileSync } from 'node:fs'
import { join, matchesGlob, relative } from 'node:path'
import type { Configuration } from 'app-builder-lib'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'

const quietLogger = { isEnabled: false, add() {} } as never

/** The configuration electron-builder would use for `projectDir`; throws as electron-builder would on an invalid one. */
export async function builderConfig(projectDir: string): Promise<Configuration> {
  const config = await getConfig(projectDir, null, null)
  await validateConfiguration(config, quietLogger)
  return config
}

/** Throws electron-builder's own error if `config` breaks its schema. */
export async function validateBuilderConfig(config: Configuration): Promise<void> {
  await validateConfiguration(config, quietLogger)
}

interface Manifest {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest

/** Every package a production install holds (node_modules is flat here, as npm hoists it). */
export function productionClosure(projectDir: string): Set<string> {
  const seen = new Set<string>()
  const visit = (names: string[]) => {
    for (const name of names) {
      if (seen.has(name)) continue
      seen.add(name)
      try {
        const m = manifest(join(projectDir, 'node_modules', name))
        visit([...Object.keys(m.dependencies ?? {}), ...Object.keys(m.optionalDependencies ?? {})])
      } catch {
        // An optional dependency for another platform: not installed here.
      }
    }
  }
  visit(Object.keys(manifest(projectDir).dependencies ?? {}))
  return seen
}

export const devDependencies = (projectDir: string): string[] => Object.keys(manifest(projectDir).devDependencies ?? {})

/** Native addons (.node files) of the given packages, relative to the project. */
export function nativeAddons(projectDir: string, packages: Iterable<string>): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() && entry.name !== 'node_modules' ? walk(join(dir, entry.name)) : entry.name.endsWith('.node') ? [join(dir, entry.name)] : []
    )
  return [...packages].flatMap((name) => {
    try {
      return walk(join(projectDir, 'node_modules', name)).map((file) => relative(projectDir, file))
    } catch {
      return []
    }
  })
}

export const isUnpacked = (file: string, patterns: string[]): boolean => patterns.some((pattern) => matchesGlob(file, pattern))
