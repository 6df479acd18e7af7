// What a secret is made of, as the writer and the sealed drop-in ask for it: who writes it
// (one of the two partners, chosen each time), a title and a rich-text body.

import './secret-editor-fields.css'
import { useId, type ReactNode } from 'react'
import type { Editor } from '@tiptap/react'
import type { VaultPartner } from '../../../../../shared/contract.ts'
import type { RichTextNode } from '../../../../../shared/rich-text.ts'
import { ChoiceGroup } from '../../../ui/choice-group.tsx'
import { inPartOrder } from './open-vault-names.ts'
import { LazySecretBodyEditor } from './secret-editor-lazy.tsx'

interface Props {
  partners: readonly VaultPartner[]
  authorId: string
  onAuthor: (profileId: string) => void
  title: string
  onTitle: (title: string) => void
  initialBody: RichTextNode | null
  onBody: (body: RichTextNode) => void
  onUnreadable: () => void
  readOnly?: boolean
  /** Shown just above the body (the sealed drop-in's starters), with the editor once it exists. */
  beforeBody?: ReactNode
  onEditor?: (editor: Editor | null) => void
}

export function SecretFields({
  partners,
  authorId,
  onAuthor,
  title,
  onTitle,
  initialBody,
  onBody,
  onUnreadable,
  readOnly = false,
  beforeBody,
  onEditor
}: Props) {
  const id = useId()
  const choices = inPartOrder(partners).map((p) => ({ value: p.profileId, label: p.displayName }))
  return (
    <div className="secret-fields">
      <ChoiceGroup legend="Who is writing it?" choices={choices} value={authorId} onChange={onAuthor} />
      <label htmlFor={`${id}-title`} className="visually-hidden">
        Title
      </label>
      <input
        id={`${id}-title`}
        className="secret-fields__title"
        type="text"
        dir="auto"
        maxLength={300}
        placeholder="A title, if you like"
        autoComplete="off"
        value={title}
        readOnly={readOnly}
        onChange={(event) => onTitle(event.target.value)}
      />
      {beforeBody}
      <LazySecretBodyEditor
        initial={initialBody}
        onEditor={onEditor}
        label="Secret"
        placeholder="Write it the way you would say it…"
        onChange={onBody}
        onUnreadable={onUnreadable}
      />
    </div>
  )
}
