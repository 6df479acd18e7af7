// The renderer's view of what the preload exposes. Include this file in the renderer's
// TypeScript project, then build the API with createApi(window.sevenfoldIpc.invoke)
// (src/shared/api.ts), so failures arrive as real AppError instances in the renderer's world.

import type { Invoke } from '../shared/api.ts'

declare global {
  interface Window {
    readonly sevenfoldIpc: { readonly invoke: Invoke }
  }
}

export {}
