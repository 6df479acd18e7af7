// Writing one reflection: details, toolbar, body, counts; saved as you go.

import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import { useEffect, useId, useRef, useState, type CSSProperties } from 'react'
import type { RichTextNode } from '../../../../shared/rich-text.ts'
import { THEMES, themePromptOfTheDay, type ThemeId } from '../../../../shared/themes.ts'
import { problemOf } from '../../api.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { ErrorMessage } from '../../ui/error-message.tsx'
import { backLabel, useNavigate, type JournalRoute } from '../../ui/navigation.ts'
import { readableBody, toRichText } from '../../rich-text/body-json.ts'
import { EditorFields } from './editor-fields.tsx'
import { findFirst } from '../../rich-text/find-in-doc.ts'
import { firstBlankLine } from '../../rich-text/first-blank.ts'
import { editorExtensions, wordAndCharacterCount } from '../../rich-text/extensions.ts'
import { LinkForm } from '../../rich-text/link-form.tsx'
import { openLinkOnModifiedClick } from '../../rich-text/links.ts'
import { quietPastedHtml } from '../../rich-text/pasted-html.ts'
import { addPictures } from '../../rich-text/pictures/picture-uploads.ts'
import { journalPictures } from './journal-pictures.ts'
import { PromptLine } from './prompt-line.tsx'
import { SaveProblem, SaveStatus } from './save-status.tsx'
import { ShareReflection, SharedMark, useSharePartner } from './share-reflection.tsx'
import { Toolbar } from '../../rich-text/toolbar.tsx'
import { useReflectionSaver, type Draft } from './use-reflection-saver.ts'
import { isolated } from '../../../../shared/text-direction.ts'
import { pictureIdsIn } from '../../../../shared/pictures.ts'

export interface InitialReflection {
  id: string | null
  themeId: ThemeId
  title: string
  date: string
  body: RichTextNode | null
  /** The prompt it was (or is being) started from. */
  prompt: string | null
  /** When a copy was last shared into the vault. */
  sharedAt?: string | undefined
  /** A body begun from a guided template: the caret starts on its first empty line. */
  startAtFirstBlank?: boolean | undefined
  /** The occasion a new reflection is written after (kept in its header when it is first saved). */
  followsUp?: string | undefined
}

const UNREADABLE =
  'Part of this reflection was written by a newer version of Sevenfold and cannot be shown here, so it is open for reading only and nothing will be changed. Update Sevenfold to edit it.'
const FALLBACK_PROMPT = 'Write what is on your mind…'
const GUIDED_PROMPT = 'Write here…'

/**
 * The empty body's placeholder: the theme's prompt of the day, or, under a kept prompt, an
 * invitation; in a body begun from a template, a hint on the empty line the caret is on.
 */
function placeholderFor(themeId: ThemeId, prompt: string | null, guided: boolean): string {
  if (guided) return GUIDED_PROMPT
  return prompt === null ? themePromptOfTheDay(themeId, new Date()) : FALLBACK_PROMPT
}

function isMod(event: KeyboardEvent, key: string): boolean {
  return (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === key
}

interface Props {
  initial: InitialReflection
  /** Words a search matched: the caret starts on the first of them instead of at the start. */
  find?: readonly string[] | undefined
  /** Where "Back" goes when not to the reflection's theme (the calendar, say). */
  from?: JournalRoute | undefined
}

export function ReflectionEditor({ initial, find, from }: Props) {
  const go = useNavigate()
  const promptId = useId()
  const [fields, setFields] = useState({ themeId: initial.themeId, title: initial.title, date: initial.date, prompt: initial.prompt })
  const fieldsRef = useRef(fields)
  const guided = initial.startAtFirstBlank === true
  const placeholderRef = useRef(placeholderFor(initial.themeId, initial.prompt, guided))
  // Where the caret starts: a blank new reflection in its title; one started from a prompt
  // (or opened again to read) at the start of its body; from a template, on its first empty
  // line; from a search, at the match (both below).
  const [startsInTitle] = useState(initial.id === null && initial.prompt === null && !find?.length)
  const [startsAtBlank] = useState(guided && !find?.length)
  const [linkOpen, setLinkOpen] = useState(false)
  const [deleting, setDeleting] = useState<'no' | 'asking' | 'busy'>('no')
  const [actionProblem, setActionProblem] = useState<string | null>(null)
  const [sharedAt, setSharedAt] = useState(initial.sharedAt)
  const partner = useSharePartner()
  const saver = useReflectionSaver(initial.id, initial.followsUp)
  const changeRef = useRef<() => void>(() => undefined)
  // A body with parts this version does not know (written by a newer one) opens read-only,
  // so saving the parts it could show cannot erase the rest.
  const [pictureNote, setPictureNote] = useState<string | null>(null)
  const [pictures] = useState(() => journalPictures(setPictureNote))
  const [extensions] = useState(() => editorExtensions(() => placeholderRef.current, pictures))
  const [readable] = useState(() => readableBody(initial.body, extensions))
  const unreadableRef = useRef(!readable.complete)
  const [readOnly, setReadOnly] = useState(false)

  const editor = useEditor({
    extensions,
    content: readable.content ?? '',
    // The CSP forbids injected <style> elements; editor.css holds what TipTap would inject.
    injectCSS: false,
    // Straight into writing: the caret waits at the start of the body (or at a search's match, below).
    autofocus: find?.length || startsInTitle || startsAtBlank ? false : 'start',
    enableContentCheck: true,
    onContentError: () => {
      unreadableRef.current = true
    },
    editorProps: {
      transformPastedHTML: quietPastedHtml,
      // A function, so the body stops naming the prompt as its description once it is removed.
      attributes: () => ({
        id: 'reflection-body',
        class: guided ? 'reflection-body reflection-body--guided' : 'reflection-body',
        'aria-label': 'Reflection',
        'aria-multiline': 'true',
        role: 'textbox',
        ...(fieldsRef.current.prompt === null ? {} : { 'aria-describedby': promptId })
      }),
      handleClick: openLinkOnModifiedClick
    },
    onUpdate: () => changeRef.current(),
    onBlur: () => void saver.flush()
  })

  const draft = (): Draft => ({ ...fieldsRef.current, body: toRichText(editor.getJSON()) })
  changeRef.current = () => {
    if (!unreadableRef.current) saver.change(draft())
  }

  useEffect(() => {
    if (!unreadableRef.current) return
    editor.setEditable(false)
    setReadOnly(true)
  }, [editor])

  // The pictures' URLs go with the editor.
  useEffect(() => () => pictures.loader.dispose(), [pictures])

  // Opened from a search: the first matched word selected and scrolled into view.
  const findRef = useRef(find)
  useEffect(() => {
    if (!findRef.current?.length) return
    const range = findFirst(editor.state.doc, findRef.current)
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run()
    else editor.commands.focus('start')
  }, [editor])

  // Begun from a template: straight onto the first line that waits for words.
  useEffect(() => {
    if (!startsAtBlank) return
    const at = firstBlankLine(editor.state.doc)
    if (at === null) editor.commands.focus('start')
    else editor.chain().focus().setTextSelection(at).scrollIntoView().run()
  }, [editor, startsAtBlank])

  const counts = useEditorState({ editor, selector: ({ editor: e }) => wordAndCharacterCount(e) })

  // Printing this reflection: what is on screen is saved first, so the pages show the latest words.
  const printRef = useRef<() => void>(() => undefined)
  printRef.current = () => {
    const id = saver.id
    if (id === null) return
    void saver.flush().then(() => {
      const here = { name: 'editor' as const, themeId: fieldsRef.current.themeId, reflectionId: id, from }
      go({ name: 'print', reflectionId: id, from: here })
    })
  }

  // Ctrl/Cmd+L locks the journal: start saving before the shell's own handler asks the backend to lock.
  // Ctrl/Cmd+P prints this reflection once it exists; the shell's handler sees it was handled.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isMod(event, 'l')) void saver.flush()
      if (isMod(event, 'p') && saver.id !== null) {
        event.preventDefault()
        printRef.current()
      }
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [saver.flush, saver.id])

  const setField = (patch: Partial<typeof fields>) => {
    const next = { ...fieldsRef.current, ...patch }
    fieldsRef.current = next
    setFields(next)
    changeRef.current()
  }

  const onTheme = (themeId: ThemeId) => {
    placeholderRef.current = placeholderFor(themeId, fieldsRef.current.prompt, guided)
    setField({ themeId })
    editor.view.dispatch(editor.state.tr) // redraws the placeholder
  }

  const removePrompt = () => {
    setField({ prompt: null })
    editor.view.dispatch(editor.state.tr) // drops the body's description
    editor.commands.focus()
  }

  const confirmDelete = async () => {
    setDeleting('busy')
    try {
      await saver.remove()
      go({ name: 'theme', themeId: fieldsRef.current.themeId })
    } catch (error) {
      setDeleting('no')
      setActionProblem(problemOf(error).message)
    }
  }

  const theme = THEMES.find((t) => t.id === fields.themeId) ?? THEMES[0]!
  const accent = { '--theme-colour': theme.colour } as CSSProperties

  return (
    <div className="reflection-editor" style={accent}>
      <div className="reflection-editor__bar">
        <button type="button" className="quiet back" onClick={() => go(from ?? { name: 'theme', themeId: fields.themeId })}>
          ← {from ? backLabel(from) : `Back to ${theme.title}`}
        </button>
        <SaveStatus state={saver.state} />
        {saver.saved && (
          <>
            {/* Bordered like Lock, so they read as buttons beside the save status. */}
            <button type="button" onClick={() => printRef.current()} aria-keyshortcuts="Control+P Meta+P">
              Print…
            </button>
            {partner !== null && saver.id !== null && !readOnly && (
              <ShareReflection
                partner={partner}
                reflectionId={saver.id}
                title={fields.title}
                beforeShare={saver.flush}
                onShared={setSharedAt}
                onProblem={setActionProblem}
                hasPictures={() => pictureIdsIn(toRichText(editor.getJSON())).length > 0}
              />
            )}
            <button type="button" onClick={() => setDeleting('asking')}>
              Delete…
            </button>
          </>
        )}
      </div>
      <SaveProblem state={saver.state} onRetry={() => void saver.flush()} />
      <ErrorMessage message={actionProblem} />
      {sharedAt && <SharedMark sharedAt={sharedAt} partner={partner} />}
      <ErrorMessage message={readOnly ? UNREADABLE : null} />
      <EditorFields
        title={fields.title}
        themeId={fields.themeId}
        date={fields.date}
        autoFocusTitle={startsInTitle}
        readOnly={readOnly}
        onTitle={(title) => setField({ title })}
        onTheme={onTheme}
        onDate={(date) => setField({ date })}
        onBlur={() => void saver.flush()}
      />
      {fields.prompt !== null && <PromptLine id={promptId} prompt={fields.prompt} readOnly={readOnly} onRemove={removePrompt} />}
      {!readOnly && (
        <div className="reflection-editor__tools">
          <Toolbar editor={editor} onLink={() => setLinkOpen(true)} onPictures={(files) => void addPictures(editor.view, files, null, pictures.uploads)} />
          {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
          <ErrorMessage message={pictureNote} />
        </div>
      )}
      <EditorContent editor={editor} className="reflection-editor__body" />
      <p className="reflection-editor__counts">
        {counts.words === 1 ? '1 word' : `${counts.words} words`} · {counts.characters === 1 ? '1 character' : `${counts.characters} characters`}
      </p>
      {deleting !== 'no' && (
        <ConfirmDialog
          title="Delete this reflection?"
          text={`${fields.title.trim() ? `“${isolated(fields.title.trim())}” will be gone from your journal.` : 'This reflection will be gone from your journal.'} This cannot be undone.`}
          confirmLabel="Delete"
          cancelLabel="Keep it"
          danger
          busy={deleting === 'busy'}
          onConfirm={() => void confirmDelete()}
          onCancel={() => setDeleting('no')}
        />
      )}
    </div>
  )
}
