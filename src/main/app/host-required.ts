// The host (host.ts) is there in the app; a backend made without one (some tests, the
// benchmark) answers the methods that need it with a clear error instead of failing oddly.

import { AppError } from '../../shared/errors.ts'
import type { Host } from './host.ts'

export function requireHost(host: Host | undefined): Host {
  if (!host) throw new AppError('INTERNAL', 'Printing and files are not available in this setting. Restart Sevenfold and try again.')
  return host
}
