// What a count of items that failed their integrity check says, in the journal or the vault:
// calm, what happened, and what can bring them back.

export function damagedText(count: number, where: 'in your journal' | 'in the vault'): string {
  const one = count === 1
  const what = one ? `One item ${where}` : `${count} items ${where}`
  return `${what} could not be opened: ${one ? 'it was' : 'they were'} changed outside Sevenfold, so ${one ? 'it is' : 'they are'} left out. Everything else is safe. A backup from before the change can bring ${one ? 'it' : 'them'} back.`
}
