// What the passphrase feature offers the others: import it from here, never from its files.

export { passphraseProblem } from './policy.ts'
export { UnlockThrottle } from './unlock-throttle.ts'
