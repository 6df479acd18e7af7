// Tools the project did not write, as a reader's software would judge our files: qpdf's check and
// its JSON view of every object, poppler's pdfinfo, and PyYAML. A missing tool is a failure that
// says how to install it (.ci/run installs them), never a skip.

import { spawnSync } from 'node:child_process'

const INSTALL: Record<string, string> = {
  qpdf: 'apt-get install -y qpdf',
  pdfinfo: 'apt-get install -y poppler-utils',
  python3: 'apt-get install -y python3-yaml'
}

/** Runs `tool`; its exit status and output. */
export function runTool(tool: string, args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const run = spawnSync(tool, args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 })
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`This test needs ${tool}, which is not installed. On Debian: \`${INSTALL[tool] ?? `apt-get install -y ${tool}`}\` (as root).`)
  }
  if (run.error) throw run.error
  return { status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr }
}

/** qpdf --check: its verdict, and whether it found nothing to say. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const { status, stdout, stderr } = runTool('qpdf', ['--check', file])
  const output = `${stdout}${stderr}`
  return { ok: status === 0 && !/WARNING/.test(output) && /No syntax or stream encoding errors found/.test(output), output }
}

/** pdfinfo's fields ("Title", "Author", "CreationDate" with -isodates…), as it decodes them. */
export function pdfinfo(file: string): Record<string, string> {
  const { status, stdout, stderr } = runTool('pdfinfo', ['-isodates', '-enc', 'UTF-8', file])
  if (status !== 0) throw new Error(`pdfinfo could not read ${file}: ${stderr}`)
  return Object.fromEntries(
    stdout.split('\n').flatMap((line) => (/^([A-Za-z ]+):\s+(.*)$/.test(line) ? [[line.split(':')[0]!, line.slice(line.indexOf(':') + 1).trim()]] : []))
  )
}

/** The structure type (/S) of every structure element in the file, by qpdf's reading of its objects. */
export function structureTypes(file: string): Map<string, number> {
  const { status, stdout, stderr } = runTool('qpdf', ['--json=2', '--json-key=qpdf', file])
  if (status !== 0 && status !== 3) throw new Error(`qpdf could not read ${file}: ${stderr}`)
  const objects = (JSON.parse(stdout) as { qpdf: [unknown, Record<string, { value?: Record<string, unknown> }>] }).qpdf[1]
  const types = new Map<string, number>()
  for (const { value } of Object.values(objects)) {
    if (value?.['/Type'] !== '/StructElem' || typeof value['/S'] !== 'string') continue
    const name = value['/S'].slice(1)
    types.set(name, (types.get(name) ?? 0) + 1)
  }
  return types
}

/** The structure types of PDF 1.7 (ISO 32000-1, 14.8.4): what a reader that predates PDF 2.0 knows. */
export const PDF17_STRUCTURE_TYPES: ReadonlySet<string> = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody ' +
    'Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' ')
)
