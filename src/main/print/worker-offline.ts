// Imported first by the outline worker, before pdfjs-dist. pdfjs can fetch fonts, CMaps or a whole
// document by URL, and from a worker thread a request would go out through Node's own fetch, which
// no session's webRequest sees. The worker only ever hands it bytes; this makes sure that nothing
// in that thread can reach a network, whatever pdfjs is asked (docs/security.md, "The Electron boundary").

/** What any request from the worker thread gets. */
export const NO_NETWORK = 'Sevenfold makes no network requests.'

const refuse = () => Promise.reject(new Error(NO_NETWORK))
Object.assign(globalThis, { fetch: refuse, WebSocket: undefined, EventSource: undefined, XMLHttpRequest: undefined })
