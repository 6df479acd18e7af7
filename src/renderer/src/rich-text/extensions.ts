// The editor's schema. Whatever is not in it (scripts, frames, images from elsewhere, event
// handlers, styles) is dropped when content is pasted or loaded, so only these node types are
// stored. A picture is our own node, naming bytes stored apart (pictures/picture-node.ts).

import type { AnyExtension, Editor } from '@tiptap/core'
import Highlight from '@tiptap/extension-highlight'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import { CharacterCount, Placeholder } from '@tiptap/extensions'
import StarterKit from '@tiptap/starter-kit'
import { PICTURE_NODE } from '../../../shared/pictures.ts'
import { countWords } from '../../../shared/rich-text.ts'
import { OwnDirection } from './direction.ts'
import { Picture, type PictureOptions } from './pictures/picture-node.ts'
import { safeHref } from './links.ts'
import { Typography } from './typography.ts'

const isAllowedUri = (url: string): boolean => safeHref(url) !== null

/** Where pictures are neither shown nor added (the vault, for now): each says so instead. */
export const NO_PICTURES: PictureOptions = { loader: null, uploads: null, say: () => undefined }

export function editorExtensions(placeholder: () => string, pictures: PictureOptions = NO_PICTURES): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: [],
        // Replaces TipTap's list (which also allows relative links, tel:, ftp: and more).
        isAllowedUri,
        shouldAutoLink: isAllowedUri,
        // New windows are denied by the shell, which offers http/https/mailto to the system browser.
        HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer', class: null }
      }
    }),
    Highlight,
    TaskList,
    TaskItem.configure({ nested: true }),
    Placeholder.configure({ placeholder }),
    // Kept for its limit-aware counting should a length limit come; the counts shown use the shared rule.
    CharacterCount,
    Typography,
    OwnDirection,
    Picture.configure(pictures)
  ]
}

/** Words counted as the backend counts them (shared rule), so the list and the editor agree. */
export function wordAndCharacterCount(editor: Editor): { words: number; characters: number } {
  const { doc } = editor.state
  // A picture is no characters (its description is not in the body's text either).
  const text = doc.textBetween(0, doc.content.size, ' ', (leaf) => (leaf.type.name === PICTURE_NODE ? '' : ' '))
  return { words: countWords(text), characters: [...text].length }
}
