// Which forms a book's Han characters take, from the book's own text: Japanese when it is
// written with kana, Korean with hangul, else Chinese, Traditional when more of its characters
// are traditional-only than simplified-only. One book, one choice: a book mixing Japanese and
// Chinese prints its Han in the forms of the one it holds more of.

import type { HanForms } from './book-font-families.ts'

/**
 * Frequent characters written differently in Simplified and Traditional Chinese, in pairs (each
 * form only ever the one): the fonts cannot tell the two apart, as Noto Serif SC draws most
 * traditional characters too. A sentence of Chinese nearly always holds one of them.
 */
const CHINESE_PAIRS =
  '们們这這个個说說时時会會对對为為国國过過还還没沒样樣经經发發现現开開关關长長问問东東车車觉覺让讓听聽见見话話爱愛钱錢买買书書学學门門间間实實' +
  '体體头頭电電题題认認识識谢謝谁誰请請难難进進运運气氣处處总總应應该該变變论論结結给給红紅级級线線练練终終纸紙细細组組织織图圖数數写寫边邊远遠' +
  '选選择擇钟鐘银銀铁鐵错錯风風飞飛马馬鸟鳥鱼魚龙龍语語读讀贵貴带帶传傳欢歡乐樂么麼吗嗎岁歲妈媽饭飯馆館场場机機汉漢热熱点點动動员員来來温溫'
const CHINESE_FORM = new Map([...CHINESE_PAIRS].map((char, i) => [char.codePointAt(0)!, i % 2 === 0 ? 'simplified' : 'traditional'] as const))

export const isKana = (p: number) => (p >= 0x3041 && p <= 0x30ff) || (p >= 0x31f0 && p <= 0x31ff) || (p >= 0xff66 && p <= 0xff9d)
export const isHangul = (p: number) => (p >= 0xac00 && p <= 0xd7a3) || (p >= 0x1100 && p <= 0x11ff) || (p >= 0x3130 && p <= 0x318f)
export const isHan = (p: number) => (p >= 0x3400 && p <= 0x9fff) || (p >= 0xf900 && p <= 0xfaff) || (p >= 0x20000 && p <= 0x3134f)

/** Whether a Han character is drawn by the Simplified and by the Traditional Chinese font. */
export type ChineseFonts = (point: number) => { simplified: boolean; traditional: boolean }

/**
 * `counts`: how often each character occurs. `inFonts` is asked only for a Chinese book's Han
 * characters, so a book without them never loads the Chinese fonts' tables.
 */
export async function hanForms(counts: ReadonlyMap<number, number>, inFonts: () => Promise<ChineseFonts>): Promise<HanForms> {
  let kana = 0
  let hangul = 0
  let han = 0
  for (const [point, count] of counts) {
    if (isKana(point)) kana += count
    else if (isHangul(point)) hangul += count
    else if (isHan(point)) han += count
  }
  // Japanese and Korean prose use Han among their own letters; a word quoted in Chinese is not enough.
  if (hangul > kana && hangul * 4 >= han) return 'ko'
  if (kana > 0 && kana * 4 >= han) return 'ja'
  if (han === 0) return 'zh-Hans'
  const fonts = await inFonts()
  let traditional = 0
  let simplified = 0
  for (const [point, count] of counts) {
    if (!isHan(point)) continue
    // One of the pairs, or a character only one of the two fonts draws, tells which Chinese it is.
    const form = CHINESE_FORM.get(point)
    const drawn = fonts(point)
    if (form === 'traditional' || (drawn.traditional && !drawn.simplified)) traditional += count
    if (form === 'simplified' || (drawn.simplified && !drawn.traditional)) simplified += count
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans'
}
