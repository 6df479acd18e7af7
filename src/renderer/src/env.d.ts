// CSS imports: Vite bundles them into files of their own (the CSP forbids inline styles).
// The preload's `window.sevenfoldIpc` is declared beside the preload (see api.ts).

declare module '*.css' {}
