// A thank-you note (issue 17, item 6): a few words of thanks or admiration from the open journal
// to the other partner, sealed into the vault like any drop-in (drop-in.ts), to the key that
// journal pinned. Who wrote it and who it is for are both inside the seal, so nobody with the
// file can read them while it waits, nor move a note to say it is for the one who wrote it.

import type { RichTextNode } from '../../shared/rich-text.ts'
import type { SealedSecret } from './codec.ts'

/** The note's words as a document: one paragraph a line, blank lines dropped. */
export function thanksBody(text: string): RichTextNode {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) }
}

/** The sealed note from `authorId` for `forId`; its title names them as they are called today, for search and the printed contents. */
export function thanksNote(input: { authorId: string; forId: string; forName: string; text: string; sealedAt: string }): SealedSecret {
  return {
    authorId: input.authorId,
    title: `Thank you, ${input.forName}`,
    body: thanksBody(input.text),
    sealedAt: input.sealedAt,
    kind: 'thanks',
    forId: input.forId
  }
}
