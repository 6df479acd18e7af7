// Typographic niceties while typing (TipTap's own typography extension has no 3.x release
// matching ours). Undo right after a replacement brings back what was typed.

import { Extension, textInputRule } from '@tiptap/core'

// After a space, an opening bracket or the start of a line a quote opens; elsewhere it closes.
const OPENS_AFTER = String.raw`(?:^|[\s{[(<'"\u2018\u201C])`

export const Typography = Extension.create({
  name: 'sevenfoldTypography',

  addInputRules() {
    return [
      textInputRule({ find: /--$/, replace: '—' }),
      textInputRule({ find: /\.\.\.$/, replace: '…' }),
      textInputRule({ find: /->$/, replace: '→' }),
      textInputRule({ find: /<-$/, replace: '←' }),
      textInputRule({ find: /<3$/, replace: '♥' }),
      textInputRule({ find: new RegExp(`${OPENS_AFTER}(")$`), replace: '“' }),
      textInputRule({ find: /"$/, replace: '”' }),
      textInputRule({ find: new RegExp(`${OPENS_AFTER}(')$`), replace: '‘' }),
      textInputRule({ find: /'$/, replace: '’' })
    ]
  }
})
