import type { ThemeId } from '../../../../shared/themes.ts'

export interface EditorScreenProps {
  themeId: ThemeId
  reflectionId?: string | undefined
  prompt?: string | undefined
}

// Placeholder until the editor is built. Default export: it is loaded lazily.
export default function EditorScreen({ themeId }: EditorScreenProps) {
  return <main className="home" data-theme-id={themeId} />
}
