import { beforeAll, describe, expect, it } from 'vitest'

const PASTED = '../../../../src/renderer/src/rich-text/pasted-pictures.ts'
type Found = { remote: number; inline: number }
interface Pasted {
  picturesInHtml: (html: string) => Found
  pictureNote: (found: Found, keptHere: boolean) => string | null
}
let picturesInHtml: Pasted['picturesInHtml']
let pictureNote: Pasted['pictureNote']

beforeAll(async () => {
  ;({ picturesInHtml, pictureNote } = (await import(/* @vite-ignore */ PASTED)) as Pasted)
})

describe('pictures in pasted HTML', () => {
  it('counts pictures with an address apart from those carried as data: URLs', () => {
    expect(picturesInHtml('<p>No pictures, <b>just</b> words</p>')).toEqual({ remote: 0, inline: 0 })
    expect(picturesInHtml('<img src="https://example.org/a.png"><IMG SRC=//cdn.example/b.jpg alt=x>')).toEqual({ remote: 2, inline: 0 })
    expect(picturesInHtml(`<p>x</p><img alt="a" src='data:image/png;base64,iVBORw0KGgo='><img src=" DATA:image/gif;base64,R0lG">`)).toEqual({
      remote: 0,
      inline: 2
    })
    // No address, or a relative one, is counted with the remote ones: it is never loaded either.
    expect(picturesInHtml('<img><img src=x onerror=alert(1)><img data-src="data:x" src="a.png">')).toEqual({ remote: 3, inline: 0 })
  })

  it('says why they were left out', () => {
    expect(pictureNote({ remote: 0, inline: 0 }, true)).toBeNull()
    expect(pictureNote({ remote: 1, inline: 0 }, true)).toBe(
      'A picture in what you pasted was left out: Sevenfold never loads anything from the internet. Save the picture and add it with “Add a picture”.'
    )
    expect(pictureNote({ remote: 0, inline: 2 }, true)).toBe(
      'Pictures in what you pasted were left out. Copy a picture on its own, or save it and add it with “Add a picture”.'
    )
    expect(pictureNote({ remote: 1, inline: 1 }, false)).toBe('Pictures in what you pasted were left out: pictures can’t be kept in the vault yet.')
  })
})
