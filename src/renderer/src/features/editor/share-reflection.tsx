// "Share with Ben…" on a reflection: a copy (its words, theme and date) is sealed into the vault,
// to be read when the two of them open it together; the original stays in the journal as it is.
// The copy is sealed to the vault's key, so its sharer cannot read it back or take it out alone.

import { useState } from 'react'
import { api, problemOf } from '../../api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { isolated } from '../../../../shared/text-direction.ts'

export { useSharePartner } from '../../ui/use-share-partner.ts'

const shareDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** "Shared with Ben on 1 Dec", under the editor's bar, from the mark in the reflection's own header. */
export function SharedMark({ sharedAt, partner }: { sharedAt: string; partner: string | null }) {
  const day = new Date(sharedAt)
  if (Number.isNaN(day.getTime())) return null
  return (
    <p className="reflection-editor__shared">
      Shared with {partner ?? 'your partner'} on {shareDay.format(day)}
    </p>
  )
}

interface Props {
  partner: string
  reflectionId: string
  title: string
  /** Saves what is on screen first, so the copy has the latest words. */
  beforeShare: () => Promise<void>
  onShared: (sharedAt: string) => void
  /** What went wrong, said where the editor says its problems; null once shared. */
  onProblem: (message: string | null) => void
  /** Whether the body shows pictures now: the vault keeps none yet, which is said before sharing. */
  hasPictures: () => boolean
}

const PICTURES_STAY = ' Its pictures stay here: the vault keeps no pictures yet, so the copy says where each one was.'

export function ShareReflection({ partner, reflectionId, title, beforeShare, onShared, onProblem, hasPictures }: Props) {
  const [asking, setAsking] = useState<'no' | 'asking' | 'busy'>('no')
  const [withPictures, setWithPictures] = useState(false)

  const named = title.trim() ? `“${isolated(title.trim())}”` : 'this reflection'
  const share = async () => {
    setAsking('busy')
    try {
      await beforeShare()
      const header = await api.vaultShared.share({ id: reflectionId })
      onProblem(null)
      onShared(header.sharedAt ?? new Date().toISOString())
    } catch (error) {
      onProblem(problemOf(error).message)
    }
    setAsking('no')
  }
  return (
    <>
      <button
        type="button"
        onClick={() => {
          setWithPictures(hasPictures())
          setAsking('asking')
        }}
      >
        Share with <bdi>{partner}</bdi>…
      </button>
      {asking !== 'no' && (
        <ConfirmDialog
          title={`Share this with ${isolated(partner)}?`}
          text={`A sealed copy of ${named}, with its theme and date, goes into your vault. ${isolated(partner)} will read it when the two of you open the vault together, and you can answer each other there. Your own reflection stays here just as it is. Once shared, you cannot take the copy back on your own; in the open vault, either of you can delete it.${withPictures ? PICTURES_STAY : ''}`}
          confirmLabel={`Share with ${isolated(partner)}`}
          cancelLabel="Not now"
          busy={asking === 'busy'}
          onConfirm={() => void share()}
          onCancel={() => setAsking('no')}
        />
      )}
    </>
  )
}
