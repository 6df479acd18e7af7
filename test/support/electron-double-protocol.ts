// The electron double's `protocol` (issue 15, item 8), as strict as electron.d.ts and Electron's
// docs/api/protocol.md: privileged schemes are registered once and only before `ready`; handlers
// only after it, one per scheme; a handler's answer is checked as Electron checks it.

type Handler = (request: Request) => Response | Promise<Response>

/** CustomScheme's privileges in electron.d.ts (`interface Privileges`). */
export const PRIVILEGES = ['standard', 'secure', 'bypassCSP', 'allowServiceWorkers', 'supportFetchAPI', 'corsEnabled', 'stream', 'codeCache', 'allowExtensions']

export interface CustomSchemeDouble {
  scheme: string
  privileges?: Partial<Record<string, boolean>>
}

/** What the double keeps for the protocol module. */
export interface ProtocolRecords {
  ready: boolean
  /** The one registerSchemesAsPrivileged call's schemes; null until it is made. */
  privilegedSchemes: CustomSchemeDouble[] | null
}

/** A session's protocol handlers (`protocol.handle`), by scheme. */
export class ProtocolDouble {
  handlers = new Map<string, Handler>()
  handle(scheme: string, handler: Handler): void {
    // Electron's own message when a scheme already has a handler.
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
    this.handlers.set(scheme, handler)
  }
  unhandle(scheme: string): void {
    if (!this.handlers.delete(scheme)) throw new Error(`Failed to unhandle protocol: ${scheme}`)
  }
  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme)
  }
}

function checkSchemes(schemes: unknown): CustomSchemeDouble[] {
  if (!Array.isArray(schemes)) throw new TypeError('registerSchemesAsPrivileged takes an array of CustomScheme')
  for (const entry of schemes as CustomSchemeDouble[]) {
    if (typeof entry?.scheme !== 'string' || !/^[a-z][a-z0-9+.-]*$/.test(entry.scheme)) throw new TypeError(`not a scheme name: ${String(entry?.scheme)}`)
    for (const [name, value] of Object.entries(entry.privileges ?? {})) {
      if (!PRIVILEGES.includes(name) || typeof value !== 'boolean') throw new TypeError(`not a privilege: ${name}: ${String(value)}`)
    }
  }
  return schemes as CustomSchemeDouble[]
}

/** The module: `handle` and friends act on the default session's protocol, as in Electron. */
export function protocolModule(records: () => ProtocolRecords, defaultProtocol: () => ProtocolDouble) {
  const afterReady = (what: string) => {
    if (!records().ready) throw new Error(`protocol.${what} can only be used once the app is ready (the double's app.whenReady())`)
    return defaultProtocol()
  }
  return {
    registerSchemesAsPrivileged(schemes: unknown): void {
      const state = records()
      if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
      if (state.privilegedSchemes) throw new Error('protocol.registerSchemesAsPrivileged can be called only once')
      state.privilegedSchemes = structuredClone(checkSchemes(schemes))
    },
    handle: (scheme: string, handler: Handler) => afterReady('handle').handle(scheme, handler),
    unhandle: (scheme: string) => afterReady('unhandle').unhandle(scheme),
    isProtocolHandled: (scheme: string) => afterReady('isProtocolHandled').isProtocolHandled(scheme)
  }
}

/** A handler's answer to a GET of `url`, refused as Electron refuses one (lib/browser/api/protocol.ts, validateResponse). */
export async function ask(handler: Handler, url: string): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const response = await handler(new Request(url))
  if (!(response instanceof Response)) throw new Error(`the handler for ${url} answered with something that is not a Response`)
  if (response.type === 'error') throw new Error(`the handler for ${url} answered with Response.error()`)
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}
