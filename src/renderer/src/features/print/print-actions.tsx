// The foot of the print screen: what will be printed, "Print…" and "Save as PDF…", and how it went.
// Laying out a long book takes a few seconds, so each button says it is working meanwhile.

import { useEffect, useState } from 'react'
import type { PrintOptions } from '../../../../shared/print.ts'
import { api, problemOf } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
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

type Busy = 'print' | 'pdf' | null

export function PrintActions({ request, summary, summaryBusy, summaryId, onLocked }: Props) {
  const [busy, setBusy] = useState<Busy>(null)
  const [result, setResult] = useState('')
  const [failure, setFailure] = useState<string | null>(null)
  const key = request ? JSON.stringify(request) : ''

  // A new choice makes the last result about something else.
  useEffect(() => {
    setResult('')
    setFailure(null)
  }, [key])

  const run = async (what: Exclude<Busy, null>) => {
    if (!request) return
    setBusy(what)
    setResult('')
    setFailure(null)
    try {
      if (what === 'print') {
        const { printed } = await api.print.print(request)
        if (printed) setResult('Sent to the printer.')
      } else {
        const saved = await api.print.savePdf(request)
        if (saved.saved) setResult(`Saved as ${saved.fileName ?? 'a PDF'}.`)
      }
    } catch (error) {
      const problem = problemOf(error)
      if (problem.code === 'LOCKED' && onLocked) onLocked()
      else setFailure(problem.message)
    } finally {
      setBusy(null)
    }
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
