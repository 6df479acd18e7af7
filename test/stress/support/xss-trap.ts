// The page-level trap for the XSS corpus. Before anything of the page runs (in every frame),
// `__x(id)` and alert/confirm/prompt/print are replaced by recorders that report straight to the
// test process, so a payload that ran names itself. Dialogs, popups, extra frames and requests
// that are not the page's own are recorded too. The app page also keeps the e2e harness's own
// watch (CSP violations, console errors), which fails a test on any of them.

import type { BrowserContext, Page } from 'playwright-core'

export interface Trap {
  /** Ids (or "alert:…" lines) of whatever ran, and anything else a page should never do. */
  ran: string[]
  others: string[]
}

const TRAP_SCRIPT = `(() => {
  const note = (what) => { try { window.__xssRan(String(what)) } catch {} ; (window.__xss ??= []).push(String(what)) }
  window.__xss = []
  Object.defineProperty(window, '__x', { value: (id) => note(id), configurable: false, writable: false })
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    Object.defineProperty(window, name, { value: (...args) => note(name + ':' + args.map(String).join(',')), configurable: false, writable: false })
  }
})()`

/** Sets the trap on a page (before it loads); `ownOrigin` requests are the page's own. */
export async function setTrap(page: Page, ownOrigin: (url: string) => boolean): Promise<Trap> {
  const trap: Trap = { ran: [], others: [] }
  await page.exposeBinding('__xssRan', (_source, what: string) => void trap.ran.push(what))
  await page.addInitScript({ content: TRAP_SCRIPT })
  page.on('dialog', (dialog) => {
    trap.ran.push(`dialog:${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('popup', (popup) => trap.others.push(`popup: ${popup.url()}`))
  page.on('frameattached', (frame) => trap.others.push(`frame attached: ${frame.url() || 'about:blank'}`))
  page.on('request', (request) => {
    if (!ownOrigin(request.url())) trap.others.push(`request: ${request.url().slice(0, 120)}`)
  })
  return trap
}

/** A page of its own in `context` with the trap set, for documents the app writes (export). */
export async function trappedPage(context: BrowserContext, ownOrigin: (url: string) => boolean): Promise<{ page: Page; trap: Trap; problems: string[] }> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught in page: ${error.message}`))
  await page.exposeBinding('__xssCsp', (_source, text: string) => void problems.push(`CSP violation: ${text}`))
  await page.addInitScript({
    content: `addEventListener('securitypolicyviolation', (e) => window.__xssCsp(e.violatedDirective + ' ' + (e.blockedURI || 'inline')), true)`
  })
  return { page, trap: await setTrap(page, ownOrigin), problems }
}

/** Lets bindings called by the page arrive before a count is read. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))')
}

export interface MarkupFinding {
  where: string
  what: string
}

/**
 * Everything executable under `selector` (every match), as findings. `strict` is for rich text
 * that holds user content only (the editor's body, a secret being read): there any element that
 * runs, loads or namespaces (scripts, frames, forms, SVG/MathML, media, images other than
 * ProseMirror's own separator and task boxes) counts, and so does any address that is not
 * http(s), mailto, a fragment or empty. Otherwise (a whole screen, with the app's own icons,
 * controls and styles) only what runs or loads counts: script, frame and object elements, SVG
 * animation, handler attributes, srcdoc, dangerous addresses and styles that fetch or evaluate.
 * Runs in the page (a string: the Node project has no DOM types).
 */
export function executableMarkupIn(selector: string, strict = false): string {
  return `(() => {
    const strict = ${strict}
    const ALWAYS = ['script','iframe','frame','frameset','object','embed','applet','base','meta','link','style','template','noscript',
      'portal','foreignobject','animate','set','animatetransform','animatemotion','discard','image','video','audio','source','isindex','keygen','marquee','plaintext','xmp']
    const CONTENT_ONLY = ['form','svg','math','track','img','input','button','select','textarea','noembed','noframes','title','param','picture','canvas','dialog']
    const BAD = new Set(strict ? [...ALWAYS, ...CONTENT_ONLY] : ALWAYS)
    const URL_ATTRS = new Set(['href','src','action','formaction','xlink:href','data','poster','background','srcset','codebase','cite','ping','manifest','lowsrc','dynsrc'])
    const found = []
    for (const root of document.querySelectorAll(${JSON.stringify(selector)})) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const tag = el.localName.toLowerCase()
        const separator = tag === 'img' && el.classList.contains('ProseMirror-separator') && !el.hasAttribute('src')
        const checkbox = tag === 'input' && el.getAttribute('type') === 'checkbox' && el.closest('ul[data-type="taskList"] > li')
        if (BAD.has(tag) && !separator && !checkbox) found.push({ where: tag, what: el.outerHTML.slice(0, 160) })
        for (const a of el.attributes) {
          const name = a.name.toLowerCase()
          const value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase()
          const bad =
            name.startsWith('on') || name === 'srcdoc' || name === 'formaction' ||
            (name === 'style' && /url\\(|expression\\(|javascript:|@import|binding/.test(value)) ||
            (URL_ATTRS.has(name) && (strict ? value !== '' && !/^(https?:|mailto:|#)/.test(value) : /^(javascript|vbscript|livescript|data|file):/.test(value)))
          if (bad) found.push({ where: tag + '[' + name + ']', what: a.value.slice(0, 120) })
        }
      }
    }
    return found
  })()`
}

/** The words under `selector` (every match, joined); squash() them to compare. */
export function textIn(selector: string): string {
  return `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent).join('')`
}

/**
 * Text as compared across the paths: whitespace (which HTML collapses and lists trim) and control
 * characters (which an HTML parser drops or shows as U+FFFD) taken out.
 */
export function squash(text: string): string {
  return [...text].filter((c) => c.charCodeAt(0) > 0x20 && c !== '\u007f' && c !== '\ufffd' && !/\s/.test(c)).join('')
}
