// The foot of the print screen: what will be printed, "Print…" and "Save as PDF…", and how it went.
// Laying out a long book takes a few seconds, so each button says it is working meanwhile.

import { useEffect } from 'react'
import type { PrintOptions } from '../../../../shared/print.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { useFileAction } from '../../ui/use-file-action.ts'
import type { Scope } from './scope-draft.ts'

export interface PrintRequest {
  scope: Scope
  options: PrintOptions
}

interface Props {
  /** null when there is nothing to print (the summary says why). */
  request: PrintRequest | null
  summary: string
  summaryBusy: boolean
  summaryId: string
  /** The vault locked itself meanwhile. */
  onLocked?: () => void
}

export function PrintActions({ request, summary, summaryBusy, summaryId, onLocked }: Props) {
  const { busy, result, failure, run: runAction, clear } = useFileAction<'print' | 'pdf'>()
  const key = request ? JSON.stringify(request) : ''

  // A new choice makes the last result about something else.
  useEffect(clear, [key, clear])

  const run = (what: 'print' | 'pdf') => {
    if (!request) return
    return runAction(
      what,
      async () => {
        if (what === 'print') return (await api.print.print(request)).printed ? 'Sent to the printer.' : null
        const saved = await api.print.savePdf(request)
        return saved.saved ? `Saved as ${saved.fileName ?? 'a PDF'}.` : null
      },
      (problem) => {
        if (problem.code !== 'LOCKED' || !onLocked) return false
        onLocked()
        return true
      }
    )
  }

  const off = request === null || busy !== null
  return (
    <div className="print-actions">
      <p id={summaryId} className="print-actions__summary" aria-live="polite" aria-busy={summaryBusy} data-testid="print-summary">
        {summary}
      </p>
      <ErrorMessage message={failure} />
      <div className="actions">
        <button type="button" className="primary" onClick={() => void run('print')} disabled={off} aria-describedby={summaryId}>
          {busy === 'print' ? 'Preparing the pages…' : 'Print…'}
        </button>
        <button type="button" onClick={() => void run('pdf')} disabled={off} aria-describedby={summaryId}>
          {busy === 'pdf' ? 'Making the PDF…' : 'Save as PDF…'}
        </button>
        <p className="print-actions__result" role="status">
          {result}
        </p>
      </div>
    </div>
  )
}
