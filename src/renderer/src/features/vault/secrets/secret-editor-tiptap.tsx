// A secret's body in TipTap: written with the journal's own schema and toolbar, or shown
// read-only in the same schema. The vault keeps no pictures yet: there is no picture button,
// a picture pasted or dropped is refused with a sentence, and one in a body (a reflection shared
// from a journal) says it cannot be shown here. Only ever imported lazily (secret-editor-lazy.tsx), so TipTap
// and the Literata font stay out of the lock screen's bundle.

import '@fontsource-variable/literata'
import '../../../rich-text/body.css'
import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type { RichTextNode } from '../../../../../shared/rich-text.ts'
import { readableBody, toRichText } from '../../../rich-text/body-json.ts'
import { editorExtensions, NO_PICTURES } from '../../../rich-text/extensions.ts'
import { LinkForm } from '../../../rich-text/link-form.tsx'
import { openLinkOnClick, openLinkOnModifiedClick } from '../../../rich-text/links.ts'
import { quietPastedHtml } from '../../../rich-text/pasted-html.ts'
import { Toolbar } from '../../../rich-text/toolbar.tsx'
import { ErrorMessage } from '../../../ui/error-message.tsx'

export interface SecretBodyEditorProps {
  initial: RichTextNode | null
  label: string
  placeholder: string
  onChange: (body: RichTextNode) => void
  /** Parts of the stored body this version cannot show: the writer must not save over them. */
  onUnreadable: () => void
  /** Told the editor once it exists (and null when it goes), for a starter to begin the body. */
  onEditor?: (editor: Editor | null) => void
}

// The toolbar points at this id (aria-controls); only one secret is written at a time.
const BODY_ID = 'secret-body'

export function SecretBodyEditor({ initial, label, placeholder, onChange, onUnreadable, onEditor }: SecretBodyEditorProps) {
  const [pictureNote, setPictureNote] = useState<string | null>(null)
  const [extensions] = useState(() => editorExtensions(() => placeholder, { ...NO_PICTURES, say: setPictureNote }))
  const [readable] = useState(() => readableBody(initial, extensions))
  const [linkOpen, setLinkOpen] = useState(false)
  const editor = useEditor({
    extensions,
    content: readable.content ?? '',
    // The CSP forbids injected <style> elements; editor.css holds what TipTap would inject.
    injectCSS: false,
    editable: readable.complete,
    editorProps: {
      transformPastedHTML: quietPastedHtml,
      handleClick: openLinkOnModifiedClick,
      attributes: { id: BODY_ID, class: 'reflection-body secret-body', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' }
    },
    onUpdate: ({ editor: e }) => onChange(toRichText(e.getJSON()))
  })

  useEffect(() => {
    if (!readable.complete) onUnreadable()
  }, [readable, onUnreadable])

  useEffect(() => {
    if (!onEditor || !readable.complete) return
    onEditor(editor)
    return () => onEditor(null)
  }, [editor, onEditor, readable])

  return (
    <div className="secret-editor">
      {readable.complete && (
        <div className="reflection-editor__tools secret-editor__tools">
          <Toolbar editor={editor} onLink={() => setLinkOpen(true)} controls={BODY_ID} />
          {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
          <ErrorMessage message={pictureNote} />
        </div>
      )}
      <EditorContent editor={editor} className="reflection-editor__body" />
    </div>
  )
}

/** A stored body, read-only, as large as the reading view wants it. */
export function SecretBodyReader({ body }: { body: RichTextNode }) {
  const [extensions] = useState(() => editorExtensions(() => ''))
  const editor = useEditor(
    {
      extensions,
      content: readableBody(body, extensions).content ?? '',
      injectCSS: false,
      editable: false,
      // Not a textbox (TipTap's default role): text to read, like any other on the page.
      editorProps: { handleDOMEvents: { click: openLinkOnClick }, attributes: { class: 'reflection-body secret-body secret-body--reading', role: 'none' } }
    },
    [body]
  )
  return <EditorContent editor={editor} className="secret-reader" />
}
