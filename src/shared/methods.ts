// The contract's method names without its schemas, so the preload can build the API
// without bundling zod. contract.ts checks at compile time that the two lists agree.

export const METHODS = {
  app: ['status'],
  profile: ['create', 'rename'],
  session: ['unlock', 'lock', 'changePassphrase', 'recover', 'rekeyProgress'],
  reflections: ['create', 'update', 'get', 'delete', 'list', 'confirmUnchecked'],
  themes: ['summary'],
  settings: ['get', 'update'],
  vault: ['status', 'create', 'givePart', 'resetParts', 'lock', 'seal', 'changePassphrase', 'recover', 'setAutoLock'],
  vaultSecrets: ['list', 'get', 'create', 'update', 'delete'],
  vaultReveals: ['ask', 'waiting', 'answer', 'list'],
  vaultShared: ['share', 'shareCheckIn', 'thank', 'reply', 'react', 'shareNeeds', 'needsTogether', 'offerForNeed'],
  checkIns: ['save'],
  occasions: ['list', 'note', 'change', 'setAside'],
  needs: ['save'],
  vaultTime: ['list', 'addIdea', 'removeIdea', 'plan', 'log', 'removeLog', 'sealIdea'],
  pictures: ['add', 'get'],
  insights: ['summary', 'dismissNudge'],
  search: ['query'],
  calendar: ['month', 'year'],
  print: ['summary', 'print', 'savePdf'],
  backup: ['status', 'create', 'chooseRestoreFile', 'restore', 'forgetOlder'],
  endings: ['status', 'deleteJournal', 'endTogether', 'askToEnd', 'withdraw', 'endAlone'],
  journalExport: ['save']
} as const

export type MethodNames = typeof METHODS
