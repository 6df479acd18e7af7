// The node and mark types of the editor's schema (src/renderer/src/rich-text/extensions.ts):
// nothing else may ever be stored, whatever is pasted or sent.

export const KNOWN_TYPES = new Set([
  'doc',
  'paragraph',
  'text',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'taskList',
  'taskItem',
  'blockquote',
  'horizontalRule',
  'hardBreak',
  'code',
  'bold',
  'italic',
  'underline',
  'strike',
  'highlight',
  'link'
])
