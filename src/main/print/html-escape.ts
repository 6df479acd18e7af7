// Every piece of user text goes into the print HTML through this, as text or as a quoted
// attribute value: the five characters that could start or end markup become references.

const REFERENCES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => REFERENCES[c]!)
}
