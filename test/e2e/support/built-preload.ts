// Runs the BUILT preload (out/preload/index.cjs) as Electron's sandbox does: a classic script with
// `require`, `module` and `exports` handed in, no import statements allowed. Its `require` is a
// recording test double whose 'electron' offers only contextBridge and ipcRenderer, so the audit can
// read what the preload asked for and what it put in the page's world.

import vm from 'node:vm'

export interface PreloadRun {
  required: string[]
  exposed: Map<string, unknown>
  /** Channels the preload passed on to ipcRenderer.invoke. */
  invoked: string[]
}

export function runPreload(code: string): PreloadRun {
  const run: PreloadRun = { required: [], exposed: new Map(), invoked: [] }
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void run.exposed.set(key, api) },
    ipcRenderer: {
      invoke: async (channel: string) => {
        run.invoked.push(channel)
        return { ok: true, value: null }
      }
    }
  }
  const require = (name: string) => {
    run.required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return electron
  }
  const module = { exports: {} }
  // A SyntaxError here means the file is not a classic (CommonJS) script.
  const script = new vm.Script(code, { filename: 'preload.cjs' })
  script.runInNewContext({ require, module, exports: module.exports, Promise, console })
  return run
}

type Invoke = (channel: unknown, payload?: unknown) => Promise<{ ok: boolean; error?: { code?: string } }>
/** Not contract channels, though some look close (prototype keys, a group name, a stray space). */
const STRANGE_CHANNELS: unknown[] = ['__proto__', 'constructor', 'toString', 'app', '', 42, 'app.status ', null]

/** A preload that runs sandboxed, requires only electron, and exposes `sevenfoldIpc.invoke` for exactly `channels`. */
export async function preloadProblems(code: string, channels: string[]): Promise<string[]> {
  let run: PreloadRun
  try {
    run = runPreload(code)
  } catch (error) {
    return [`does not run as a sandboxed CommonJS preload: ${(error as Error).message}`]
  }
  const problems: string[] = []
  const keys = [...run.exposed.keys()]
  if (keys.join() !== 'sevenfoldIpc') return [`exposes ${keys.join(', ') || 'nothing'} instead of sevenfoldIpc alone`]
  const api = run.exposed.get('sevenfoldIpc') as Record<string, unknown>
  if (Object.keys(api).join() !== 'invoke' || typeof api.invoke !== 'function') return [`sevenfoldIpc holds ${Object.keys(api).join(', ')}, not invoke alone`]
  const invoke = api.invoke as Invoke
  for (const channel of channels) await invoke(channel, {})
  if (run.invoked.join() !== channels.join()) problems.push('does not pass every contract channel on, in order')
  for (const channel of STRANGE_CHANNELS) {
    const answer = await invoke(channel)
    if (answer.ok || answer.error?.code !== 'INVALID_INPUT') problems.push(`accepts ${String(channel)}`)
  }
  if (run.invoked.length !== channels.length) problems.push('passes a channel outside the contract to ipcRenderer')
  return problems
}
