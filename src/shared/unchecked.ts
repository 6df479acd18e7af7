// Reflections the journal's record could not vouch for (AppStatus.uncheckedReflections). Kept
// apart from contract.ts so the renderer can use it without bringing zod into its bundle.

/** How many unchecked reflections home names at once, and so how many can be kept in one go. */
export const UNCHECKED_NAMED = 50
