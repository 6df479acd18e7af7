// A test double of the `electron` module, for the real preload (src/preload/index.ts) when
// it is bundled into the test page. ipcRenderer.invoke goes to the Playwright binding,
// which runs dispatch() against a real backend in the test process, as ipcMain would.
// Bundled for the browser, so it reaches the page's globals through globalThis.

type Binding = (channel: string, payload: unknown) => Promise<unknown>

const page = globalThis as unknown as { __sevenfoldInvoke: Binding }

export const ipcRenderer = {
  invoke: (channel: string, payload: unknown): Promise<unknown> => page.__sevenfoldInvoke(channel, payload)
}

export const contextBridge = {
  // Like contextBridge, the page gets a frozen object it cannot replace.
  exposeInMainWorld(key: string, api: object): void {
    Object.defineProperty(globalThis, key, { value: Object.freeze(api), enumerable: true, writable: false, configurable: false })
  }
}
