// "Export my journal": every reflection written out, as Markdown files or one HTML file, to a
// place they choose. The export is not encrypted, so it waits for "I understand".

import { useId, useRef, useState } from 'react'
import type { ExportFormat } from '../../../../shared/print.ts'
import { api } from '../../api.ts'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { FieldNote } from '../../ui/field-note.tsx'
import { useFileAction } from '../../ui/use-file-action.ts'
import { ChoiceGroup, type Choice } from '../../ui/choice-group.tsx'

const FORMATS: readonly Choice<ExportFormat>[] = [
  { value: 'markdown', label: 'Markdown files', hint: 'A folder for each theme, a file for each reflection' },
  { value: 'html', label: 'One web page', hint: 'A single HTML file to open in any browser' }
]

const NOT_TICKED = 'Tick “I understand” first: the export will not be encrypted.'

function exportedText(count: number, fileName: string | undefined): string {
  const what = count === 1 ? '1 reflection' : `${count.toLocaleString()} reflections`
  return fileName ? `Exported ${what} to ${fileName}.` : `Exported ${what}.`
}

export function ExportSection({ displayName }: { displayName: string }) {
  const ids = useId()
  const checkRef = useRef<HTMLInputElement>(null)
  const [format, setFormat] = useState<ExportFormat>('markdown')
  const [understood, setUnderstood] = useState(false)
  const [notTicked, setNotTicked] = useState(false)
  const { busy, result, failure, run, clear } = useFileAction()

  const exportNow = () => {
    if (!understood) {
      clear()
      setNotTicked(true)
      return checkRef.current?.focus()
    }
    return run('run', async () => {
      const saved = await api.journalExport.save({ format, understoodUnencrypted: true })
      return saved.saved ? exportedText(saved.reflections, saved.fileName) : null
    })
  }

  return (
    <section className="settings__section" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Export my journal</h2>
      <p className="settings__lead">
        A copy of every reflection in <bdi>{displayName}</bdi>'s journal, to read or keep outside Sevenfold.
      </p>
      <ChoiceGroup legend="Format" choices={FORMATS} value={format} onChange={setFormat} />
      <p className="warning-box" id={`${ids}-warning`}>
        An export is not encrypted. Anyone who has the files can read every reflection in them. Keep them where only you can reach them, and delete them when
        you no longer need them.
      </p>
      <label className="settings__check">
        <input
          ref={checkRef}
          type="checkbox"
          checked={understood}
          onChange={(e) => {
            setUnderstood(e.target.checked)
            setNotTicked(false)
          }}
          aria-invalid={notTicked}
          aria-describedby={notTicked ? `${ids}-check-note` : `${ids}-warning`}
        />
        I understand that the export is not encrypted
      </label>
      {notTicked && <FieldNote id={`${ids}-check-note`} text={NOT_TICKED} tone="error" />}
      <ErrorMessage message={failure} />
      <div className="actions settings__row settings__end">
        <button type="button" className="primary" onClick={() => void exportNow()} disabled={busy !== null}>
          {busy ? 'Exporting…' : 'Export…'}
        </button>
        <p className="settings__result" role="status">
          {result}
        </p>
      </div>
    </section>
  )
}
