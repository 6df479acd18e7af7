// The picture in a body: `{ type: 'picture', attrs: { id, width, height, alt } }`, a block of
// its own that is selected, moved and deleted whole. Its bytes are stored apart and fetched by
// id (picture-view.ts). Pasting or dropping picture files adds them (picture-uploads.ts); where
// pictures are not kept (the vault, for now), they are refused with a sentence instead.

import { Node } from '@tiptap/core'
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model'
import { Plugin } from '@tiptap/pm/state'
import { PICTURE_NODE } from '../../../../shared/pictures.ts'
import type { PictureLoader } from './picture-loader.ts'
import { refusalMessage } from './picture-refusals.ts'
import { addPictures, dropPosition, noteLeftOutPictures, pastedFiles, pictureUploadsPlugin, type PictureUploads } from './picture-uploads.ts'
import { PictureView } from './picture-view.ts'
import './pictures.css'

export interface PictureOptions {
  /** Fetches pictures to show; null where they are not kept. */
  loader: PictureLoader | null
  /** Adds pictures; null where they cannot be added, which is then said. */
  uploads: PictureUploads | null
  say: (sentence: string | null) => void
}

/** Ids as the contract takes them (contract-fields.ts); anything else in pasted HTML is not one of ours. */
const PICTURE_ID = /^[A-Za-z0-9_-]{16,40}$/

const dimension = (value: string | null) => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : 1
}

/** The slice without its pictures, and how many it had. */
function withoutPictures(fragment: Fragment): { fragment: Fragment; removed: number } {
  let removed = 0
  const kept: PMNode[] = []
  fragment.forEach((child) => {
    if (child.type.name === PICTURE_NODE) {
      removed++
      return
    }
    const inner = withoutPictures(child.content)
    removed += inner.removed
    kept.push(inner.removed > 0 ? child.copy(inner.fragment) : child)
  })
  return { fragment: removed > 0 ? Fragment.fromArray(kept) : fragment, removed }
}

export const Picture = Node.create<PictureOptions>({
  name: PICTURE_NODE,
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addOptions: () => ({ loader: null, uploads: null, say: () => undefined }),

  addAttributes: () => ({
    id: { default: '', parseHTML: (el) => el.getAttribute('data-id') ?? '', renderHTML: (attrs) => ({ 'data-id': attrs.id as string }) },
    width: { default: 1, parseHTML: (el) => dimension(el.getAttribute('data-width')), renderHTML: (attrs) => ({ 'data-width': attrs.width as number }) },
    height: { default: 1, parseHTML: (el) => dimension(el.getAttribute('data-height')), renderHTML: (attrs) => ({ 'data-height': attrs.height as number }) },
    alt: { default: '', parseHTML: (el) => el.getAttribute('data-alt') ?? '', renderHTML: (attrs) => ({ 'data-alt': attrs.alt as string }) }
  }),

  // Copied and pasted within Sevenfold, a picture travels as this element, which names it and
  // loads nothing; an <img> from anywhere else matches no rule, so it is left out.
  parseHTML: () => [{ tag: 'figure[data-sevenfold-picture]', getAttrs: (el) => (PICTURE_ID.test(el.getAttribute('data-id') ?? '') ? null : false) }],
  renderHTML: ({ HTMLAttributes }) => ['figure', { 'data-sevenfold-picture': '', ...HTMLAttributes }],

  addNodeView() {
    return ({ node, view, getPos }) => new PictureView(node, view, getPos, this.options.loader)
  },

  addProseMirrorPlugins() {
    const { uploads, say } = this.options
    const keptHere = uploads !== null
    const refuse = () => say(refusalMessage({ kind: 'not-here' }))
    const handling = new Plugin({
      props: {
        handlePaste(view, event) {
          const files = pastedFiles(event.clipboardData)
          if (files.length === 0) return false
          if (uploads) void addPictures(view, files, null, uploads)
          else refuse()
          return true
        },
        handleDrop(view, event, _slice, moved) {
          const files = moved ? [] : [...(event.dataTransfer?.files ?? [])]
          if (files.length === 0) return false
          event.preventDefault()
          if (uploads) void addPictures(view, files, dropPosition(view, event), uploads)
          else refuse()
          return true
        },
        // A sentence about the last picture is cleared once the person writes on.
        handleTextInput: () => {
          say(null)
          return false
        },
        transformPastedHTML: (html) => noteLeftOutPictures(html, keptHere, say),
        // A picture copied from a journal and pasted where pictures are not kept is left out.
        transformPasted(slice) {
          if (keptHere) return slice
          const { fragment, removed } = withoutPictures(slice.content)
          if (removed === 0) return slice
          refuse()
          return fragment.size === 0 ? Slice.empty : new Slice(fragment, slice.openStart, slice.openEnd)
        }
      }
    })
    return uploads ? [handling, pictureUploadsPlugin()] : [handling]
  }
})
