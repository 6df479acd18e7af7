// The `journalExport` group: the open journal written out unencrypted, where the user chooses,
// after they said they understand: Markdown files in a folder per theme, or one HTML file.
// Nothing is written before the dialog, and a failure part way removes what was written.

import { basename } from 'node:path'
import type { Backend } from '../../shared/contract.ts'
import { AppError } from '../../shared/errors.ts'
import type { ExportFormat } from '../../shared/print.ts'
import { localDate } from '../../shared/dates.ts'
import { safeName } from '../../shared/file-names.ts'
import { isolated } from '../../shared/text-direction.ts'
import { exportHtml } from './html-export.ts'
import { writeMarkdownExport } from './markdown-export.ts'
import { reflectionsOf, requireOpen } from './read-journal.ts'
import type { CurrentJournal, Journal } from '../journal/index.ts'
import type { PictureReader } from '../pictures/index.ts'
import type { Host } from '../app/host.ts'
import type { Reading } from '../app/rekey-gate.ts'
import { requireHost } from '../app/host-required.ts'
import { diskFullAs, isUnwritablePlace, writePrivateFile } from '../storage/private-files.ts'
import { documentPieces } from '../print/index.ts'

export interface ExportDeps {
  /** The journal open now (with its owner's display name); null while locked. */
  journal: CurrentJournal
  host: Host | undefined
  /** The clock for the date in the export's name (tests set it). */
  now?: () => number
  /** Reading the journal out is a reading: a re-key waits for it (rekey-gate.ts). */
  reading: Reading
  /** The open journal's pictures, which its bodies show. */
  pictures?: () => PictureReader | null
}

function failed(error: unknown): unknown {
  if (isUnwritablePlace(error)) return new AppError('INTERNAL', 'Sevenfold could not write the export there. Choose another folder and export again.')
  return diskFullAs(error, 'The disk is full, so the export was not saved and what was written is removed. Free some space and export again.')
}

export function createExportBackend(deps: ExportDeps): Backend['journalExport'] {
  const today = () => localDate(new Date((deps.now ?? Date.now)()))

  const markdown = async (host: Host, journal: Journal) => {
    const parent = await host.chooseFolder({ title: 'Choose where to put the export' })
    if (parent === null) return { saved: false, reflections: 0 }
    const { folderName, count } = await deps.reading(() => writeMarkdownExport(parent, today(), reflectionsOf(journal), deps.pictures?.() ?? null))
    return { saved: true, fileName: folderName, reflections: count }
  }

  const html = async (host: Host, journal: Journal, displayName: string) => {
    const where = await host.chooseSaveFile({
      title: 'Export as a web page',
      defaultName: `${safeName(`${displayName}'s journal`, 'Sevenfold')} ${today()}.html`,
      filters: [{ name: 'Web page', extensions: ['html'] }]
    })
    if (where === null) return { saved: false, reflections: 0 }
    const {
      html: page,
      count,
      inline
    } = await deps.reading(() => exportHtml(`${isolated(displayName)}'s journal`, today(), reflectionsOf(journal), deps.pictures?.() ?? null))
    // Its pictures go into the file piece by piece, never joined into one string here.
    await writePrivateFile(where, documentPieces(page, inline))
    return { saved: true, fileName: basename(where), reflections: count }
  }

  return {
    save: async ({ format }: { format: ExportFormat; understoodUnencrypted: true }) => {
      const host = requireHost(deps.host)
      const { journal, displayName } = requireOpen(deps.journal)
      try {
        return format === 'markdown' ? await markdown(host, journal) : await html(host, journal, displayName)
      } catch (error) {
        throw failed(error)
      }
    }
  }
}
