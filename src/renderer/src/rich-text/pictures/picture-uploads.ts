// Pictures pasted, dropped or chosen: a placeholder where each will go, shown while it is
// prepared and stored (the person keeps typing; the placeholder moves with the text around
// it), then the picture in its place. The placeholder is a decoration, not part of the body,
// so an autosave meanwhile stores nothing half-made.

import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model'
import { NodeSelection, Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { dropPoint } from '@tiptap/pm/transform'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import { PICTURE_NODE } from '../../../../shared/pictures.ts'
import { pictureNote, picturesInHtml } from '../pasted-pictures.ts'
import { refusalMessage } from './picture-refusals.ts'
import type { Prepared, PreparedPicture } from './prepare-picture.ts'

export interface StoredPicture {
  id: string
  width: number
  height: number
}

/** Where pictures can be added: how one is prepared and stored, and where a refusal is said. */
export interface PictureUploads {
  prepare: (file: File) => Promise<Prepared>
  /** Stores the prepared picture; rejects with a refusal whose message is said. */
  store: (picture: PreparedPicture) => Promise<StoredPicture>
  /** A sentence to show near the body, or null to clear the last one. */
  say: (sentence: string | null) => void
}

/** An upload's placeholder put at `pos` (moved there, if it was elsewhere), or taken away. */
type Meta = { token: object; at?: { pos: number; dom: HTMLElement } }

const uploadsKey = new PluginKey<DecorationSet>('pictureUploads')

function placeholder(count: number): HTMLElement {
  const dom = document.createElement('div')
  dom.className = 'picture-upload'
  dom.contentEditable = 'false'
  const frame = document.createElement('div')
  frame.className = 'picture-upload__frame'
  const words = document.createElement('p')
  words.className = 'picture-upload__words'
  words.setAttribute('role', 'status')
  words.textContent = count === 1 ? 'Preparing the picture…' : `Preparing ${count} pictures…`
  dom.append(frame, words)
  return dom
}

function widget(token: object, pos: number, dom: HTMLElement): Decoration {
  // side -1: text typed where the picture is going goes after it, as it would after a picture.
  return Decoration.widget(pos, dom, { side: -1, upload: token, ignoreSelection: true })
}

function placeholderAt(state: EditorState, token: object): number | null {
  return uploadsKey.getState(state)?.find(undefined, undefined, (spec) => spec.upload === token)[0]?.from ?? null
}

export function pictureUploadsPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: uploadsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc)
        const meta = tr.getMeta(uploadsKey) as Meta | undefined
        if (!meta) return next
        next = next.remove(next.find(undefined, undefined, (spec) => spec.upload === meta.token))
        return meta.at ? next.add(tr.doc, [widget(meta.token, meta.at.pos, meta.at.dom)]) : next
      }
    },
    props: { decorations: (state) => uploadsKey.getState(state) }
  })
}

function pictureNode(schema: Schema, stored: StoredPicture): PMNode {
  return schema.nodes[PICTURE_NODE]!.create({ id: stored.id, width: stored.width, height: stored.height, alt: '' })
}

/**
 * Adds `files` as pictures at `at` (a drop's point), or where the selection is (replacing what
 * it covers), one after another in the order given. Each refusal is said; the rest go on.
 */
export async function addPictures(view: EditorView, files: readonly File[], at: number | null, uploads: PictureUploads): Promise<void> {
  if (files.length === 0) return
  uploads.say(null)
  const token = {}
  const dom = placeholder(files.length)
  const words = dom.querySelector('p')!
  const tr = view.state.tr
  if (at === null) tr.deleteSelection()
  tr.setMeta(uploadsKey, { token, at: { pos: at === null ? tr.selection.from : tr.mapping.map(at), dom } } satisfies Meta)
  view.dispatch(tr)
  const problems: string[] = []
  try {
    for (const [index, file] of files.entries()) {
      if (files.length > 1) words.textContent = `Preparing picture ${index + 1} of ${files.length}…`
      const prepared = await uploads.prepare(file)
      if (view.isDestroyed) return
      if (!prepared.ok) {
        problems.push(refusalMessage(prepared.refusal))
        continue
      }
      const { width, height } = prepared.picture
      dom.querySelector<HTMLElement>('.picture-upload__frame')!.style.aspectRatio = `${width} / ${height}`
      words.textContent = files.length > 1 ? `Saving picture ${index + 1} of ${files.length}…` : 'Saving the picture…'
      let stored: StoredPicture
      try {
        stored = await uploads.store(prepared.picture)
      } catch (error) {
        problems.push(error instanceof Error && error.message ? error.message : 'The picture could not be saved. Try again.')
        continue
      }
      if (view.isDestroyed) return
      const pos = placeholderAt(view.state, token)
      // The placeholder was deleted with the text around it: the person no longer wants it there.
      if (pos === null) return
      const node = pictureNode(view.state.schema, stored)
      const insert = view.state.tr.replaceRangeWith(pos, pos, node)
      // The next picture goes right after this one (the placeholder, mapped, may have stayed
      // before it: at a paragraph's end the picture goes after the paragraph).
      const after = endOfInserted(insert.doc, insert.mapping.map(pos, -1), node) ?? insert.mapping.map(pos, 1)
      keepWriting(insert, node, after)
      insert.setMeta(uploadsKey, (index < files.length - 1 ? { token, at: { pos: after, dom } } : { token }) satisfies Meta)
      view.dispatch(insert)
    }
  } finally {
    if (!view.isDestroyed && placeholderAt(view.state, token) !== null) view.dispatch(view.state.tr.setMeta(uploadsKey, { token } satisfies Meta))
    if (problems.length > 0 && !view.isDestroyed) uploads.say(problems.join(' '))
  }
}

/**
 * A picture that took the place of the empty line the caret was on leaves the caret on the
 * picture itself, selected, where the next letter typed would replace it: the caret goes to a
 * line just after it instead (made, if there is none), so writing goes on below the picture.
 */
function keepWriting(tr: Transaction, inserted: PMNode, after: number): void {
  const selection = tr.selection
  if (!(selection instanceof NodeSelection) || selection.node !== tr.doc.nodeAt(selection.from) || selection.node.attrs.id !== inserted.attrs.id) return
  if (selection.to !== after) return
  const next = tr.doc.resolve(after).nodeAfter
  if (!next?.isTextblock) tr.insert(after, tr.doc.type.schema.nodes.paragraph!.create())
  tr.setSelection(TextSelection.create(tr.doc, after + 1))
}

/** Where the picture just inserted at or after `from` ends. */
function endOfInserted(doc: PMNode, from: number, inserted: PMNode): number | null {
  let end: number | null = null
  doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, from + inserted.nodeSize + 2), (node, at) => {
    if (end === null && node.type === inserted.type && node.attrs.id === inserted.attrs.id && at >= from - 1) end = at + node.nodeSize
    return end === null
  })
  return end
}

/** The files of a paste or drop, unless it is words that merely come with a picture of themselves. */
export function pastedFiles(data: DataTransfer | null): File[] {
  if (!data || data.files.length === 0) return []
  // A word processor puts a picture of the copied words beside them; the words are what was meant.
  const html = data.getData('text/html')
  if (html && /\S/.test(html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' '))) return []
  return [...data.files]
}

/** The pictures in a pasted or dropped slice of HTML are said to be left out. */
export function noteLeftOutPictures(html: string, keptHere: boolean, say: (sentence: string | null) => void): string {
  const note = pictureNote(picturesInHtml(html), keptHere)
  if (note) say(note)
  return html
}

/** Where dropped pictures land: the nearest point near the pointer where a block may go. */
export function dropPosition(view: EditorView, event: DragEvent): number | null {
  const found = view.posAtCoords({ left: event.clientX, top: event.clientY })
  if (!found) return null
  const probe = view.state.schema.nodes[PICTURE_NODE]!.create({ id: 'probe', width: 1, height: 1, alt: '' })
  return dropPoint(view.state.doc, found.pos, new Slice(Fragment.from(probe), 0, 0)) ?? found.pos
}
