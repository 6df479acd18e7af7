// The small box that asks for a link's address. Only web and email addresses are accepted:
// anything else (javascript:, data:, file: …) is refused with a message.

import type { Editor } from '@tiptap/core'
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import { ErrorMessage } from '../ui/error-message.tsx'
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts'
import { hrefFromInput } from './links.ts'
import './link-form.css'

interface Props {
  editor: Editor
  onClose: () => void
}

export const REFUSED_LINK = 'Only web addresses (https://…) and email addresses can be links. Check the address and try again.'

export function LinkForm({ editor, onClose }: Props) {
  const id = useId()
  const inputRef = useFocusOnMount<HTMLInputElement>()
  const current = editor.getAttributes('link').href as string | undefined
  const [address, setAddress] = useState(current ?? '')
  const [problem, setProblem] = useState<string | null>(null)

  const close = () => {
    onClose()
    editor.commands.focus()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const href = hrefFromInput(address)
    if (href === null) {
      setProblem(REFUSED_LINK)
      return
    }
    const chain = editor.chain().focus().extendMarkRange('link')
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the link's text.
      // …and what is typed next is not part of it.
      chain
        .insertContent({ type: 'text', text: href.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href } }] })
        .unsetMark('link')
        .run()
    } else {
      chain.setLink({ href }).run()
    }
    onClose()
  }

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    close()
  }

  return (
    <form className="link-form" aria-label="Link" onSubmit={submit} onKeyDown={onKeyDown}>
      <label htmlFor={`${id}-address`}>Link address</label>
      <div className="link-form__row">
        <input
          ref={inputRef}
          id={`${id}-address`}
          type="text"
          inputMode="url"
          placeholder="https://example.org"
          value={address}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setAddress(event.target.value)
            setProblem(null)
          }}
        />
        <button type="submit" className="primary">
          {current ? 'Change link' : 'Add link'}
        </button>
        {current && (
          <button type="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="button" className="quiet" onClick={close}>
          Cancel
        </button>
      </div>
      <ErrorMessage id={`${id}-problem`} message={problem} />
    </form>
  )
}
