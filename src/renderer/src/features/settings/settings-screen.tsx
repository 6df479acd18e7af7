import type { ProfileSummary } from '../../../../shared/contract.ts'

// Placeholder until the settings screen is built.
export function SettingsScreen({ profile }: { profile: ProfileSummary }) {
  return <main className="home" aria-label={`Settings for ${profile.displayName}`} />
}
