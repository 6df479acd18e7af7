// The test page's preload: the app's real preload, unchanged. Bundling it with `electron`
// aliased to ./electron-page-double.ts gives the page the same `window.sevenfoldIpc`
// Electron would, and the renderer builds its API from it with the shared createApi.

import '../../../src/preload/index.ts'
