// The row of an idea or time together that a search found: named for the page to find it, and
// focusable (not in the Tab order), so it can take focus when the page opens on it.

export function foundProps(id: string, foundId: string | undefined): { 'data-time-id'?: string; tabIndex?: number } {
  return id === foundId ? { 'data-time-id': id, tabIndex: -1 } : {}
}
