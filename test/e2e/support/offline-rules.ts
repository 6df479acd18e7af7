// The offline audit's scan of the built main bundle (issue 15, item 7), a second net under what
// the double shows: webRequest guards the pages' requests, not the main process's own, so the
// bundle must hold no code of the main process's that could open a connection.

const NETWORK_MODULES = '(?:node:)?(?:http|https|http2|net|tls|dgram|dns)(?:/[\\w/]+)?'
const MODULE_NAME = new RegExp(`^${NETWORK_MODULES}$`)

/** Every module a bundle names: its imports, dynamic imports, requires and process.getBuiltinModule calls. */
function modulesNamed(bundle: string): string[] {
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\bgetBuiltinModule\s*\(\s*["']([^"']+)["']\s*\)/g
  ]
  return patterns.flatMap((pattern) => [...bundle.matchAll(pattern)].map((match) => match[1]!))
}

/** What in a bundle could reach a network from the main process itself; empty when nothing can. */
export function networkCodeProblems(bundle: string): string[] {
  const problems = modulesNamed(bundle)
    .filter((name) => MODULE_NAME.test(name))
    .map((name) => `loads Node's ${name}`)
  const fromElectron = [...bundle.matchAll(/\bimport\s*\{([^}]*)\}\s*from\s*["']electron["']/g)].flatMap((m) =>
    m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0])
  )
  if (fromElectron.includes('net')) problems.push("imports Electron's net")
  if (/\bnet\.(request|fetch)\b/.test(bundle)) problems.push('calls net.request or net.fetch')
  if (/(?<![\w$])fetch\s*\(/.test(bundle)) problems.push('calls fetch')
  if (/\bnew\s+(WebSocket|EventSource|XMLHttpRequest)\b/.test(bundle)) problems.push('opens a WebSocket, EventSource or XMLHttpRequest')
  return problems
}

/** One bad sample per rule: each must be found. */
export const NETWORK_CODE_SAMPLES = [
  'import https from "node:https";',
  'import { request } from "http";',
  'const tls = require("tls")',
  'const net = process.getBuiltinModule("node:net")',
  'await import("node:dns/promises")',
  'import { app, net } from "electron"; net.request(url)',
  'await session.defaultSession.fetch("https://example.org/")',
  'const r = await fetch(url)',
  'new WebSocket("wss://example.org/")'
]
