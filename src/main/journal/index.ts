// What the journal feature offers the others: import it from here, never from its files.

export { checkNotThrottled, wrongSecret } from './access.ts'
export type { AccessDeps } from './access.ts'
export type { GuardedItems } from './guarded-items.ts'
export type { Journal } from './journal.ts'
export type { CurrentJournal, OpenJournal } from './open-journal.ts'
export { openWithPassphrase } from './key-slots.ts'
export { pictureReferences } from './picture-references.ts'
export type { PictureHooks, PictureReferences } from './picture-references.ts'
export { forget, readPins, samePins, writeNoPins, writePins } from './pins.ts'
export type { Pins } from './pins.ts'
export { profileOpeningKey, promptPlace, vouchForOwnKey, voucherContext } from './sealing-pair.ts'
export type { ProfileSettings } from './settings.ts'
