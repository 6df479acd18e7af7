// The TipTap pieces, loaded the first time a secret is written or read, so the lock screen
// (where a sealed secret can also be dropped in) starts without the editor.

import { lazy, Suspense } from 'react'
import type { RichTextNode } from '../../../../../shared/rich-text.ts'
import type { SecretBodyEditorProps } from './secret-editor-tiptap.tsx'

const BodyEditor = lazy(() => import('./secret-editor-tiptap.tsx').then((m) => ({ default: m.SecretBodyEditor })))
const BodyReader = lazy(() => import('./secret-editor-tiptap.tsx').then((m) => ({ default: m.SecretBodyReader })))

export function LazySecretBodyEditor(props: SecretBodyEditorProps) {
  return (
    <Suspense fallback={<div className="secret-editor secret-editor--loading" aria-busy="true" />}>
      <BodyEditor {...props} />
    </Suspense>
  )
}

export function LazySecretBodyReader({ body }: { body: RichTextNode }) {
  return (
    <Suspense fallback={<div className="secret-reader secret-reader--loading" aria-busy="true" />}>
      <BodyReader body={body} />
    </Suspense>
  )
}
