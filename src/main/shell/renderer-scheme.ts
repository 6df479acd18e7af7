// The renderer is served from app://sevenfold/, not file:// (Electron's security checklist, item 18):
// a page there can reach only the built renderer's files, and the grantFileProtocolExtraPrivileges
// fuse can stay off. The files themselves and the traversal guard are in renderer-files.ts.

import { protocol, type CustomScheme } from 'electron'
import { RENDERER_SCHEME, rendererResponder } from './renderer-files.ts'

/**
 * Only what the page needs. `standard`: an origin of its own (so the CSP's 'self' means this folder)
 * and relative URLs that resolve, which the built index.html, its module chunks and the CSS's fonts
 * use; same-origin module and font loads need nothing more. `secure`: a secure context, as under
 * file:// before. Not bypassCSP, corsEnabled, supportFetchAPI (the CSP allows no fetch), service
 * workers, streaming or extensions.
 */
export const RENDERER_SCHEME_PRIVILEGES: CustomScheme = { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true } }

/** Before `ready`, and only once for the whole app (Electron's rule). */
export function registerRendererScheme(): void {
  protocol.registerSchemesAsPrivileged([RENDERER_SCHEME_PRIVILEGES])
}

/** After `ready`: answers app://sevenfold/ from `root` (the built out/renderer) in the default session. */
export function serveRenderer(root: string): void {
  protocol.handle(RENDERER_SCHEME, rendererResponder(root))
}
