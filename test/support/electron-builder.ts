// electron-builder's own code, run on this project without building a package (no Electron binary
// is needed): its Packager reads package.json and electron-builder.yml and runs its metadata checks,
// then one platform packager per target platform says what it would do (which node_modules files it
// packs, which icons it takes, what the .deb says). Its log is captured, so a test sees the
// warnings `npm run dist` would print. These are app-builder-lib's internals (out/…), pinned with it.

import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Configuration } from 'app-builder-lib'
import { Packager } from 'app-builder-lib/out/packager.js'
import { AppInfo } from 'app-builder-lib/out/appInfo.js'
import { createElectronFrameworkSupport } from 'app-builder-lib/out/electron/ElectronFramework.js'
import { LinuxPackager } from 'app-builder-lib/out/linuxPackager.js'
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js'
import { MacPackager } from 'app-builder-lib/out/macPackager.js'
import { WinPackager } from 'app-builder-lib/out/winPackager.js'
import { log } from 'builder-util'

export const PROJECT = fileURLToPath(new URL('../..', import.meta.url))

export type PlatformPackager = LinuxPackager | MacPackager | WinPackager
export interface Platforms {
  packager: Packager
  config: Configuration
  linux: LinuxPackager
  mac: MacPackager
  win: WinPackager
}

/** What electron-builder logged while `run` ran: its warnings (and errors), as "message {fields}". */
export async function builderWarnings<T>(run: () => Promise<T>): Promise<{ value: T; warnings: string[] }> {
  const warnings: string[] = []
  const logger = log as unknown as Record<'warn' | 'error', (fields: unknown, message?: string) => void>
  const saved = { warn: logger.warn, error: logger.error }
  const record = (fields: unknown, message?: string) => void warnings.push(typeof fields === 'string' ? fields : `${message ?? ''} ${JSON.stringify(fields)}`)
  Object.assign(logger, { warn: record, error: record })
  try {
    return { value: await run(), warnings }
  } finally {
    Object.assign(logger, saved)
  }
}

/** electron-builder's packagers for `projectDir`, as `npm run dist` makes them before it packs. Throws what it would throw. */
export async function builderPlatforms(projectDir = PROJECT): Promise<Platforms> {
  const packager = new Packager({ projectDir })
  // The same steps as Packager.build() up to packing: validate, then the app's info and framework.
  await packager.validateConfig()
  const internals = packager as unknown as { _appInfo: AppInfo; _framework: unknown }
  internals._appInfo = new AppInfo(packager, null)
  internals._framework = await createElectronFrameworkSupport(packager.config, packager)
  return { packager, config: packager.config, linux: new LinuxPackager(packager), mac: new MacPackager(packager), win: new WinPackager(packager) }
}

/** The arches each platform's targets in the config build (electron-builder's default is x64). */
export function targetArches(config: Configuration, platform: 'linux' | 'mac' | 'win'): string[] {
  const targets = ([] as unknown[]).concat(config[platform]?.target ?? [])
  const arches = targets.flatMap((target) => ([] as string[]).concat((target as { arch?: string | string[] }).arch ?? 'x64'))
  return [...new Set(arches.length > 0 ? arches : ['x64'])]
}

interface Matcher {
  from: string
  to: string
  patterns: string[]
}
interface FileSet {
  src: string
  destination: string
  files: Array<string | undefined>
  metadata: Map<string, { isDirectory(): boolean }>
}
// Internal to app-builder-lib (left out of its type declarations), hence required and typed here.
const internal = createRequire(import.meta.url)
const { getMainFileMatchers, getNodeModuleFileMatcher } = internal('app-builder-lib/out/fileMatcher.js') as {
  getMainFileMatchers(
    appDir: string,
    to: string,
    expand: (p: string) => string,
    options: unknown,
    packager: unknown,
    outDir: string,
    compile: boolean
  ): Matcher[]
  getNodeModuleFileMatcher(appDir: string, to: string, expand: (p: string) => string, options: unknown, info: unknown): Matcher
}
const { computeFileSets, computeNodeModuleFileSets } = internal('app-builder-lib/out/util/appFileCopier.js') as {
  computeFileSets(matchers: Matcher[], transformer: null, packager: unknown, compile: boolean): Promise<FileSet[]>
  computeNodeModuleFileSets(packager: unknown, matcher: Matcher): Promise<FileSet[]>
}

const APP = '/packed/app'

/** Every file a package for `platform` and `arch` would hold in its app (the ASAR and its unpacked part), relative to the app. */
export async function packedFiles({ packager }: Platforms, platform: PlatformPackager, arch: string): Promise<string[]> {
  // As PlatformPackager.doPack expands patterns: with the arch, and "/*" as "{,/**/*}".
  const expand = (pattern: string) => platform.expandMacro(pattern, arch, { '/*': '{,/**/*}' })
  const options = platform.platformSpecificBuildOptions
  const outDir = join(PROJECT, 'dist')
  const app = await computeFileSets(getMainFileMatchers(packager.appDir, APP, expand, options, platform, outDir, false), null, platform, false)
  const modules = await computeNodeModuleFileSets(platform, getNodeModuleFileMatcher(packager.appDir, APP, expand, options, packager))
  return [...app, ...modules].flatMap((set) =>
    set.files
      .filter((file): file is string => file !== undefined && set.metadata.get(file)?.isDirectory() === false)
      .map((file) => relative(APP, join(set.destination, relative(set.src, file))))
  )
}

const { default: FpmTarget } = internal('app-builder-lib/out/targets/FpmTarget.js') as {
  default: new (name: string, packager: LinuxPackager, helper: LinuxTargetHelper, outDir: string) => { checkOptions(): Promise<unknown> }
}

/** The .deb target as `npm run dist` makes it; its checkOptions() computes (or refuses) the package's fields. */
export const debTarget = (linux: LinuxPackager) => new FpmTarget('deb', linux, new LinuxTargetHelper(linux), join(PROJECT, 'dist'))
