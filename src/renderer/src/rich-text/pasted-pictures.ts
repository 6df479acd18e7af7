// Pictures inside pasted (or dropped) HTML: the editor's schema keeps no <img>, so they never
// reach a body, and nothing loads them (the HTML is parsed into a detached document, and the
// CSP allows no image from elsewhere). This finds them only so the person can be told they
// were left out, and why. A picture copied on its own comes as a file, and is added as one.

export interface PastedPictures {
  /** Pictures with an address (on the web, or anywhere else): never loaded. */
  remote: number
  /** Pictures carried inside the HTML as data: URLs: left out too (see pictureNote). */
  inline: number
}

const IMG = /<img\b([^>]*)>/gi
const SRC = /(?:^|[\s"'/])src\s*=\s*(?:"\s*([^"]*)"|'\s*([^']*)'|([^\s>]*))/i

export function picturesInHtml(html: string): PastedPictures {
  const found = { remote: 0, inline: 0 }
  for (const [, attributes = ''] of html.matchAll(IMG)) {
    const src = SRC.exec(attributes)
    const address = (src?.[1] ?? src?.[2] ?? src?.[3] ?? '').trim()
    if (/^data:/i.test(address)) found.inline++
    else found.remote++
  }
  return found
}

/** What to say about pictures left out of a paste, or null if there were none. */
export function pictureNote(found: PastedPictures, keptHere: boolean): string | null {
  if (found.remote + found.inline === 0) return null
  const some = found.remote + found.inline === 1 ? 'A picture' : 'Pictures'
  if (!keptHere) return `${some} in what you pasted ${found.remote + found.inline === 1 ? 'was' : 'were'} left out: pictures can’t be kept in the vault yet.`
  const verb = found.remote + found.inline === 1 ? 'was' : 'were'
  if (found.remote > 0)
    return `${some} in what you pasted ${verb} left out: Sevenfold never loads anything from the internet. Save the picture and add it with “Add a picture”.`
  return `${some} in what you pasted ${verb} left out. Copy a picture on its own, or save it and add it with “Add a picture”.`
}
