// Electron entry: the composition root and nothing else. Before `ready` it claims the single
// instance (hearing second launches from then on) and registers the renderer's scheme; then it
// builds the backend over the userData folder and starts the shell. Paths are resolved here
// because this file is bundled to out/main/index.js, next to out/preload and out/renderer.

import { fileURLToPath } from 'node:url'
import { app } from 'electron'
import { AppError } from '../shared/errors.ts'
import { createBackend, type SevenfoldBackend } from './app/backend.ts'
import { createRescueBackend } from './rescue/handlers.ts'
import { claimSingleInstance, startShell, type Shell, type SingleInstance } from './shell/app.ts'
import { createElectronHost } from './shell/host.ts'
import { registerRendererScheme } from './shell/renderer-scheme.ts'
import { devServerUrl, reportStartupFailure } from './shell/startup.ts'

const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url))
const rendererFile = fileURLToPath(new URL('../renderer/index.html', import.meta.url))
// Packed beside out/ (electron-builder.yml); macOS and Windows take the package's own icon.
const windowIcon = process.platform === 'linux' ? fileURLToPath(new URL('../../resources/icons/512x512.png', import.meta.url)) : undefined

async function start(instance: SingleInstance): Promise<void> {
  const dataDir = app.getPath('userData')
  // The host's dialogs belong to the main window, which exists only once the shell has started.
  let shell: Shell | null = null
  const host = createElectronHost({ mainWindow: () => shell?.window() ?? null })
  let backend: SevenfoldBackend
  try {
    backend = await createBackend({ dataDir, host })
  } catch (error) {
    // A damaged journal file: start anyway, touching nothing, so it can be restored from a backup.
    if (!(error instanceof AppError && error.code === 'DATABASE_CORRUPT')) return reportStartupFailure(error)
    backend = createRescueBackend({ dataDir, host, problem: error })
  }
  shell = startShell({
    backend,
    dataDir,
    preloadPath,
    windowIcon,
    renderer: { file: rendererFile, devServerUrl: devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL) },
    isDev: !app.isPackaged,
    instance
  })
}

const instance = claimSingleInstance()
if (instance) {
  registerRendererScheme()
  app
    .whenReady()
    .then(() => start(instance))
    .catch(reportStartupFailure)
} else {
  // Another Sevenfold is running; it was told (second-instance) and brings its window forward.
  app.quit()
}
