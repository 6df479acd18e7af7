import type { ThemeId } from '../../../../shared/themes.ts'

// Placeholder until the theme screen is built.
export function ThemeScreen({ themeId }: { themeId: ThemeId }) {
  return <main className="home" data-theme-id={themeId} />
}
