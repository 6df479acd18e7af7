// The print screen: what to print (a reflection, a theme, two days, chosen reflections, or the
// open vault's secrets), how it should look, and "Print…" or "Save as PDF…". The backend lays
// the pages out; this screen only chooses. Reflection headers for the checklist are decrypted
// data, held only while this screen is open.

import './print.css'
import { useEffect, useId, useState } from 'react'
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from '../../../../shared/print.ts'
import { themeById, type ThemeId } from '../../../../shared/themes.ts'
import { api } from '../../api.ts'
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts'
import { useLoad } from '../../ui/use-load.ts'
import { PrintActions } from './print-actions.tsx'
import { PrintOptionsFields } from './print-options.tsx'
import { scopeOf, thisYear, type ScopeDraft, type ScopeKind } from './scope-draft.ts'
import { ScopePicker } from './scope-picker.tsx'
import { summaryText } from './summary-text.ts'
import { usePrintSummary } from './use-print-summary.ts'
import { VaultPrintConfirm } from './vault-print-confirm.tsx'

export interface PrintScreenProps {
  /** The open journal's scopes (and the vault's while it is open), or the open vault's alone. */
  place: 'journal' | 'vault'
  /** Start on this reflection (from the editor) or this theme (from its screen). */
  reflectionId?: string | undefined
  themeId?: ThemeId | undefined
  backLabel: string
  onBack: () => void
  /** The vault locked itself while this was open. */
  onLocked?: () => void
}

function firstDraft({ place, reflectionId, themeId }: PrintScreenProps): ScopeDraft {
  const kind: ScopeKind = place === 'vault' ? 'vault' : reflectionId ? 'reflection' : themeId ? 'theme' : 'dateRange'
  return { kind, reflectionId: reflectionId ?? null, themeId: themeId ?? 'self-love', ...thisYear(), chosen: new Set() }
}

export function PrintScreen(props: PrintScreenProps) {
  const { place, backLabel, onBack, onLocked } = props
  const ids = useId()
  const headingRef = useFocusOnMount<HTMLHeadingElement>()
  const [draft, setDraft] = useState<ScopeDraft>(() => firstDraft(props))
  // One reflection needs no title page or contents: it prints on its own pages, as it is.
  const [options, setOptions] = useState<PrintOptions>(() =>
    draft.kind === 'reflection' ? { ...DEFAULT_PRINT_OPTIONS, titlePage: false, tableOfContents: false } : DEFAULT_PRINT_OPTIONS
  )
  // The journal's own choices need its reflections' headers, and whether the vault is open
  // (when that cannot be told, it is not offered); inside the vault, neither is asked.
  const journal = place === 'journal'
  const listed = useLoad(() => (journal ? api.reflections.list() : Promise.resolve(null)), place).loaded
  const reflections = listed.state === 'ready' ? listed.value : null
  const reflectionsFailure = listed.state === 'failed' ? listed.message : null
  const status = useLoad(() => (journal ? api.app.status().then((s) => s.vault.open) : Promise.resolve(false)), place).loaded
  const vaultOpen = status.state === 'ready' && status.value
  const [askingVault, setAskingVault] = useState(false)

  const kinds: ScopeKind[] =
    place === 'vault'
      ? ['vault']
      : [...(props.reflectionId ? (['reflection'] as const) : []), 'theme', 'dateRange', 'chosen', ...(vaultOpen ? (['vault'] as const) : [])]

  const spansThemes = draft.kind === 'dateRange' || draft.kind === 'chosen'
  const drafted = scopeOf(draft)
  const answer = usePrintSummary(drafted.scope)
  const locked = answer.state === 'failed' && answer.code === 'LOCKED' && onLocked !== undefined
  useEffect(() => {
    if (locked) onLocked()
  }, [locked, onLocked])

  let summary: string
  let printable = false
  if (drafted.problem !== undefined) summary = drafted.problem
  else if (answer.state === 'ready') {
    summary = summaryText(answer.value, drafted.scope, themeById(draft.themeId).title, options)
    printable = answer.value.items > 0
  } else if (answer.state === 'failed') summary = answer.message
  else summary = 'Counting what is there…'

  const update = (patch: Partial<ScopeDraft>) => setDraft((current) => ({ ...current, ...patch }))
  const title = place === 'vault' ? 'Print our secrets' : 'Print'
  // Inside the vault this is a section of its own <main>, in one column.
  const Root = place === 'vault' ? 'section' : 'main'

  return (
    <Root className={place === 'vault' ? 'print-screen print-screen--vault' : 'print-screen'} aria-labelledby={`${ids}-title`}>
      <button type="button" className="quiet back" onClick={onBack}>
        ← {backLabel}
      </button>
      <h1 id={`${ids}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">
        {place === 'vault'
          ? 'Every secret in the vault, each with who wrote it and when, set out like a small book.'
          : 'Choose what to print and how it should look. Sevenfold sets it out like a small book, for the printer or to keep as a PDF.'}
      </p>
      <div className="print-screen__columns">
        <section className="print-section" aria-labelledby={`${ids}-what`}>
          <h2 id={`${ids}-what`}>What to print</h2>
          {place === 'vault' ? (
            <p className="print-section__note">All of the vault's secrets, in the order they were written.</p>
          ) : (
            <ScopePicker
              draft={draft}
              kinds={kinds}
              reflections={reflections}
              reflectionsFailure={reflectionsFailure}
              onDraft={update}
              onAskVault={() => setAskingVault(true)}
            />
          )}
        </section>
        {/* Beside the choices, and in view while a long list of them scrolls. */}
        <div className="print-screen__side">
          <section className="print-section" aria-labelledby={`${ids}-look`}>
            <h2 id={`${ids}-look`}>How it looks</h2>
            <PrintOptionsFields
              options={options}
              onChange={(patch) => setOptions((o) => ({ ...o, ...patch }))}
              spansThemes={spansThemes}
              severalChapters={spansThemes || draft.kind === 'vault'}
            />
          </section>
          <PrintActions
            request={printable && drafted.scope ? { scope: drafted.scope, options } : null}
            summary={summary}
            summaryBusy={answer.state === 'loading'}
            summaryId={`${ids}-summary`}
            onLocked={onLocked}
          />
        </div>
      </div>
      {askingVault && (
        <VaultPrintConfirm
          onConfirm={() => {
            setAskingVault(false)
            update({ kind: 'vault' })
          }}
          onCancel={() => setAskingVault(false)}
        />
      )}
    </Root>
  )
}
