// What the occasions offer the other screens: import them from here, never from its files.

export { BeingThereOccasions } from './being-there-occasions.tsx'
export { ComingUp } from './coming-up.tsx'
export { followUpBeginning } from './follow-up-start.ts'
