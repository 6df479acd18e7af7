// The Markdown export: a new folder "Sevenfold export <date>" in the place chosen, a folder
// per theme (only themes with reflections), and one file per reflection named
// "<date> <title>.md", with a small front matter (title, date, theme, and the prompt it was
// started from if any, as YAML; the strings in JSON's quoting, which YAML reads the same, with
// what YAML may not hold raw escaped as well) and
// the title as its first heading. Only a typed title is written as the title: one listed under
// its first line keeps `title: ""` and no heading, so reading the file back gives the same
// reflection (its file is still named for that first line). Pictures are files of their own in a
// `pictures/` folder beside the themes' (issue 19), linked from each note that shows them.
// Folders are 0700 and files 0600; if anything fails, the whole new folder is removed.

import { chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Reflection } from '../../shared/contract.ts'
import { themeById, type ThemeId } from '../../shared/themes.ts'
import { PRIVATE_DIR_MODE, createPrivateFile, removeQuietly } from '../storage/private-files.ts'
import { NameBook, cleanName, safeName } from '../../shared/file-names.ts'
import { inlineLine } from './markdown-inline.ts'
import { LINE_BREAK, richTextToMarkdown, type PictureLinks } from './markdown.ts'
import { pictureIdsIn } from '../../shared/pictures.ts'
import type { PictureReader } from '../pictures/index.ts'

/** The folder beside the theme folders that holds the pictures, each written once. */
export const PICTURES_FOLDER = 'pictures'
const EXTENSIONS = { 'image/jpeg': '.jpg', 'image/png': '.png' } as const

/** YAML may hold none of these raw (DEL, C1 controls, NEL and the Unicode line breaks, BOM, U+FFFE/F). */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g

/**
 * A string in YAML's double quotes, written as JSON writes it (C0 controls, `"` and `\\`
 * escaped), with what JSON leaves raw but YAML refuses escaped as \\uXXXX too: both read it
 * back the same. A lone surrogate is no character: it becomes U+FFFD.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value.toWellFormed()).replace(YAML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** One reflection as a Markdown file's text; `links` says where its pictures' files are. */
export function reflectionMarkdown(reflection: Reflection, links?: PictureLinks): string {
  const theme = themeById(reflection.themeId).title
  const title = reflection.titled ? reflection.title : ''
  const prompt = reflection.prompt === null ? [] : [`prompt: ${yamlString(reflection.prompt)}`]
  const front = ['---', `title: ${yamlString(title)}`, `date: ${reflection.date}`, `theme: ${yamlString(theme)}`, ...prompt, '---', ''].join('\n')
  // A heading is one line: a title's line breaks (never typed, but the contract allows them) join with spaces.
  const heading = title
    .split(LINE_BREAK)
    .map((line) => inlineLine([{ text: line, marks: [] }], { inHeading: true }))
    .filter((line) => line !== '')
    .join(' ')
  const body = richTextToMarkdown(reflection.body, links)
  return `${front}\n${heading === '' ? '' : `# ${heading}\n\n`}${body}`
}

/** A new folder only its owner may enter (the mode is set again: a umask could take from it). */
async function privateDir(path: string): Promise<void> {
  await mkdir(path, { mode: PRIVATE_DIR_MODE })
  await chmod(path, PRIVATE_DIR_MODE)
}

/** Makes a folder that did not exist: "name", else "name (2)", "name (3)"… Returns its name. */
async function newFolder(parent: string, stem: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem} (${n})`
    try {
      await privateDir(join(parent, name))
      return name
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error
    }
  }
}

async function writeNew(path: string, data: string | Uint8Array): Promise<void> {
  const file = await createPrivateFile(path)
  try {
    await file.writeFile(data)
  } finally {
    await file.close()
  }
}

/**
 * The pictures of an export: each written once into `pictures/`, named after the first note that
 * shows it ("2026-11-20 Our day 1.jpg"), linked from every note that does. One that cannot be
 * read is not written, and its note says so.
 */
function pictureFiles(root: string, reader: PictureReader | null) {
  const written = new Map<string, string | null>()
  const names = new NameBook()
  let folder: string | null = null
  return async (reflection: Reflection, stem: string): Promise<PictureLinks> => {
    let k = 0
    for (const id of pictureIdsIn(reflection.body)) {
      if (written.has(id)) continue
      const picture = reader ? await reader.read(id) : null
      if (!picture) {
        written.set(id, null)
        continue
      }
      if (!folder) await privateDir((folder = join(root, PICTURES_FOLDER)))
      const name = names.claim(safeName(`${stem} ${++k}`, 'Picture'), EXTENSIONS[picture.type])
      await writeNew(join(folder, name), picture.data)
      written.set(id, `../${PICTURES_FOLDER}/${name}`)
    }
    return (id) => written.get(id) ?? null
  }
}

/** Writes the reflections into a new export folder inside `parent`; its name and how many were written. */
export async function writeMarkdownExport(
  parent: string,
  today: string,
  reflections: AsyncIterable<Reflection>,
  pictures: PictureReader | null = null
): Promise<{ folderName: string; count: number }> {
  const folderName = await newFolder(parent, `Sevenfold export ${today}`)
  const root = join(parent, folderName)
  const themes = new Map<ThemeId, { dir: string; names: NameBook }>()
  const folders = new NameBook()
  // The pictures' folder is named first: no theme's folder can take its name.
  folders.claim(PICTURES_FOLDER)
  const picturesOf = pictureFiles(root, pictures)
  let count = 0
  try {
    for await (const reflection of reflections) {
      let theme = themes.get(reflection.themeId)
      if (!theme) {
        const dir = join(root, folders.claim(safeName(themeById(reflection.themeId).title, reflection.themeId)))
        await privateDir(dir)
        theme = { dir, names: new NameBook() }
        themes.set(reflection.themeId, theme)
      }
      const stem = safeName(`${reflection.date} ${cleanName(reflection.title) || 'Untitled'}`, 'Untitled')
      await writeNew(join(theme.dir, theme.names.claim(stem, '.md')), reflectionMarkdown(reflection, await picturesOf(reflection, stem)))
      count++
    }
  } catch (error) {
    await removeQuietly(root)
    throw error
  }
  return { folderName, count }
}
