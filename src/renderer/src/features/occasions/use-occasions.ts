// The open journal's occasions, loaded when a screen opens and kept in its state only (they hold
// decrypted words). An action's answer replaces its occasion in place.

import type { Occasion } from '../../../../shared/contract.ts'
import { api } from '../../api.ts'
import { useLoad } from '../../ui/use-load.ts'

export function useOccasions() {
  const load = useLoad(() => api.occasions.list(), 'occasions')
  const list = load.loaded.state === 'ready' ? load.loaded.value : []
  const put = (occasion: Occasion) => {
    const rest = list.filter((o) => o.id !== occasion.id)
    load.set([...rest, occasion].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)))
  }
  const drop = (id: string) => load.set(list.filter((o) => o.id !== id))
  return { loaded: load.loaded, list, put, drop }
}
