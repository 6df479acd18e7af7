// What app://sevenfold/ serves: the built renderer's folder and nothing else (docs/security.md,
// "The Electron boundary"). Plain Node, no Electron, so the browser tests serve the renderer with
// this same code. A request names a file inside the folder, or it gets a 404: no `..` (however
// encoded), no absolute or drive paths, no backslashes or NULs, and no symlink that leads out.

import fs from 'node:fs'
import path from 'node:path'

export const RENDERER_SCHEME = 'app'
export const RENDERER_HOST = 'sevenfold'
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`
/** The page the main window loads: the built index.html at the folder's top. */
export const RENDERER_URL = `${RENDERER_ORIGIN}/index.html`

/** The types Chromium needs: a JavaScript type for module scripts, text/css for style sheets. Anything else is not served. */
export const RENDERER_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  // No SVG or other images: the build has none (Vite inlines small ones), and an SVG opened as a
  // document would run without the CSP, which only index.html carries.
  '.woff2': 'font/woff2'
}

const inside = (root: string, file: string) => {
  const relative = path.relative(root, file)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

/**
 * The real path of the file `pathname` (a URL's, still percent-encoded) names inside `root`, or
 * null. Every check is made on the decoded text and again on the real path, since a URL parser
 * may already have folded some `..` away and a link may point anywhere.
 */
export async function rendererFile(root: string, pathname: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  // ':' would name a drive or an NTFS stream on Windows; our files have none.
  if (!decoded.startsWith('/') || /[\\\0:]/.test(decoded)) return null
  const segments = decoded.slice(1).split('/')
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null
  const candidate = path.join(root, ...segments)
  if (!inside(root, candidate)) return null
  try {
    // fs.promises at call time: in the packaged app Electron's patched fs reads inside the ASAR.
    const [realRoot, real] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(candidate)])
    if (!inside(realRoot, real) || !(await fs.promises.stat(real)).isFile()) return null
    return real
  } catch {
    return null
  }
}

const SLICE_BYTES = 1024 * 1024

/** The bytes as a stream of slices, so no one copy of a large file holds the event loop. */
function inSlices(bytes: Buffer): ReadableStream<Uint8Array> {
  let at = 0
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(at, (at += SLICE_BYTES)))
    }
  })
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/**
 * The protocol handler for app://sevenfold/, serving files under `root`. Read with
 * fs.promises.readFile, never a stream or fs.open: in Electron 45 opening a file inside the ASAR
 * first copies it out to a temporary file, which the other partner could rewrite before the next
 * unlock reloads the page; readFile reads the archive itself (checking its integrity where
 * Electron does), off the event loop.
 */
export function rendererResponder(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 })
    const url = new URL(request.url)
    if (url.protocol !== `${RENDERER_SCHEME}:` || url.host !== RENDERER_HOST) return notFound()
    const file = await rendererFile(root, url.pathname)
    // The real file's extension: a link named .js cannot serve another kind of file as a script.
    const type = file === null ? undefined : RENDERER_TYPES[path.extname(file).toLowerCase()]
    if (file === null || type === undefined) return notFound()
    return new Response(inSlices(await fs.promises.readFile(file)), { status: 200, headers: { 'content-type': type, 'x-content-type-options': 'nosniff' } })
  }
}
