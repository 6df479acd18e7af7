// How a picture in a body is drawn: a frame of the picture's own proportions straight away, its
// bytes asked for only once it comes near the screen and let go when it leaves (so a long body
// of pictures costs what is on screen), a sentence where it cannot be shown, and, when it is
// selected in an editor, a field for the person's own words about it.

import type { Node as PMNode } from '@tiptap/pm/model'
import { Selection } from '@tiptap/pm/state'
import type { EditorView, NodeView } from '@tiptap/pm/view'
import type { PictureLoader } from './picture-loader.ts'

export const MISSING = 'This picture is missing or damaged.'
export const NOT_KEPT_HERE = 'Pictures are not kept in the vault yet, so this one can’t be shown here.'
export const ALT_LABEL = 'Describe this picture'
/** A description is a line or two, not a second body. */
export const ALT_MAX_LENGTH = 500
// Asked for a little before it scrolls into view, so it is there when it arrives.
const NEAR_SCREEN = '200px 0px'

const positive = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 1)

export class PictureView implements NodeView {
  readonly dom: HTMLElement
  #node: PMNode
  readonly #frame: HTMLElement
  #img: HTMLImageElement | null = null
  #alt: HTMLElement | null = null
  #held: string | null = null
  #onScreen = false
  /** Asked for once and not there: not asked for again each time it scrolls by. */
  #missing = false
  readonly #observer: IntersectionObserver | null
  readonly view: EditorView
  readonly getPos: () => number | undefined
  /** Null where pictures are not kept (the vault, for now): the frame says so. */
  readonly loader: PictureLoader | null

  constructor(node: PMNode, view: EditorView, getPos: () => number | undefined, loader: PictureLoader | null) {
    this.#node = node
    this.view = view
    this.getPos = getPos
    this.loader = loader
    this.dom = document.createElement('figure')
    this.dom.className = 'picture'
    this.dom.contentEditable = 'false'
    this.#frame = document.createElement('div')
    this.#frame.className = 'picture__frame'
    this.dom.append(this.#frame)
    this.#layout()
    if (loader) {
      this.#observer = new IntersectionObserver((entries) => this.#seen(entries.at(-1)?.isIntersecting === true), { rootMargin: NEAR_SCREEN })
      this.#observer.observe(this.dom)
    } else {
      this.#observer = null
      this.#say(NOT_KEPT_HERE)
    }
  }

  get #id(): string {
    return String(this.#node.attrs.id ?? '')
  }

  /** The frame's proportions and width, from the node, before anything is loaded. */
  #layout() {
    const width = positive(this.#node.attrs.width)
    const height = positive(this.#node.attrs.height)
    this.dom.dataset.pictureId = this.#id
    this.#frame.style.aspectRatio = `${width} / ${height}`
    // A picture narrower than the column keeps its own width; a wider one fits the column.
    this.#frame.style.width = `${width}px`
    if (this.#img) this.#img.alt = this.#altText()
  }

  #altText(): string {
    const alt = String(this.#node.attrs.alt ?? '').trim()
    return alt || 'A picture'
  }

  #seen(onScreen: boolean) {
    if (onScreen === this.#onScreen) return
    this.#onScreen = onScreen
    if (onScreen) void this.#show()
    else this.#hide()
  }

  async #show() {
    const id = this.#id
    if (!this.loader || this.#held !== null || this.#missing) return
    this.#held = id
    this.#frame.classList.add('picture__frame--loading')
    let url: string
    try {
      url = await this.loader.acquire(id)
    } catch {
      if (this.#held === id) {
        this.#held = null
        this.#missing = true
        this.#say(MISSING)
      }
      return
    }
    // Scrolled away (or gone) while it was fetched.
    if (this.#held !== id || !this.#onScreen) return
    const img = document.createElement('img')
    img.className = 'picture__img'
    img.draggable = false
    img.alt = this.#altText()
    img.width = positive(this.#node.attrs.width)
    img.height = positive(this.#node.attrs.height)
    img.onerror = () => {
      if (this.#img === img) this.#say(MISSING)
    }
    img.src = url
    this.#frame.replaceChildren(img)
    this.#frame.classList.remove('picture__frame--loading', 'picture__frame--missing')
    this.#img = img
  }

  /** Off screen: the image goes from the page (so its decoded pixels can be freed) and its URL is let go. */
  #hide() {
    if (this.#held === null) return
    this.loader?.release(this.#held)
    this.#held = null
    if (this.#img) {
      this.#img.removeAttribute('src')
      this.#img = null
      this.#frame.replaceChildren()
    }
  }

  #say(sentence: string) {
    this.#img = null
    const p = document.createElement('p')
    p.className = 'picture__missing'
    p.textContent = sentence
    this.#frame.replaceChildren(p)
    this.#frame.classList.remove('picture__frame--loading')
    this.#frame.classList.add('picture__frame--missing')
  }

  update(node: PMNode): boolean {
    if (node.type !== this.#node.type || node.attrs.id !== this.#node.attrs.id) return false
    this.#node = node
    this.#layout()
    const input = this.#alt?.querySelector('input')
    if (input && input.value !== node.attrs.alt && document.activeElement !== input) input.value = String(node.attrs.alt ?? '')
    return true
  }

  selectNode() {
    this.dom.classList.add('picture--selected')
    if (this.view.editable) this.#openAlt()
  }

  deselectNode() {
    this.dom.classList.remove('picture--selected')
    this.#alt?.remove()
    this.#alt = null
  }

  /** The description field under the selected picture: typing in it changes the node's alt, one undo step per pause. */
  #openAlt() {
    if (this.#alt) return
    const label = document.createElement('label')
    label.className = 'picture__alt'
    const caption = document.createElement('span')
    caption.textContent = ALT_LABEL
    const input = document.createElement('input')
    input.type = 'text'
    input.dir = 'auto'
    input.maxLength = ALT_MAX_LENGTH
    input.placeholder = 'What it shows, for someone who can’t see it'
    input.value = String(this.#node.attrs.alt ?? '')
    input.addEventListener('input', () => this.#setAlt(input.value))
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== 'Escape') return
      event.preventDefault()
      this.#backToWriting(event.key === 'Enter')
    })
    label.append(caption, input)
    this.dom.append(label)
    this.#alt = label
  }

  /**
   * Back to the body: Escape with the picture still selected, Enter just after it (so the next
   * letter typed starts the words after it, instead of replacing the selected picture).
   */
  #backToWriting(after: boolean) {
    const pos = this.getPos()
    if (after && pos !== undefined) {
      const { state } = this.view
      this.view.dispatch(state.tr.setSelection(Selection.near(state.doc.resolve(pos + this.#node.nodeSize))))
    }
    this.view.focus()
  }

  #setAlt(alt: string) {
    const pos = this.getPos()
    if (pos === undefined) return
    this.view.dispatch(this.view.state.tr.setNodeAttribute(pos, 'alt', alt.slice(0, ALT_MAX_LENGTH)))
  }

  /** Events in the description field are the field's, not the editor's. */
  stopEvent(event: Event): boolean {
    return this.#alt !== null && event.target instanceof Node && this.#alt.contains(event.target)
  }

  ignoreMutation(): boolean {
    return true
  }

  destroy() {
    this.#observer?.disconnect()
    this.#hide()
    this.#onScreen = false
  }
}
