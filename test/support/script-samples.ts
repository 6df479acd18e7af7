// One short reflection per script a couple may write in, for the print tests of issue 18: a
// title and a sentence each, in our own words, with the characters each script is known for
// (accents, final forms, joined letters, conjuncts, ZWNJ, kana, hangul, emoji sequences).

export interface ScriptSample {
  /** Our name for it, and its page image's file name. */
  id: string
  title: string
  text: string
  /** The characters that are the script's own… */
  letters: RegExp
  /** …and the family they should print in (the font's base name starts so). */
  font: RegExp
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u

export const SCRIPT_SAMPLES: readonly ScriptSample[] = [
  {
    id: 'latin',
    title: 'Crème brûlée at Zoë’s',
    text: 'À l’Hôtel we shared crème brûlée; Łódź, Dvořák, Ærøskøbing, São Paulo, İstanbul and Việt Nam are next.',
    letters: /\p{Script=Latin}/u,
    font: /^Literata/
  },
  {
    id: 'greek',
    title: 'Στην παραλία',
    text: 'Σ’ αγαπώ· περπατήσαμε στην παραλία το σούρουπο και μιλήσαμε για όλα.',
    letters: /\p{Script=Greek}/u,
    font: /^Literata/
  },
  {
    id: 'cyrillic',
    title: 'У реки',
    text: 'Мы гуляли у реки и говорили о будущем. Їжак, ёлка, Ђурђевдан.',
    letters: /\p{Script=Cyrillic}/u,
    font: /^Literata/
  },
  {
    id: 'arabic',
    title: 'على الشاطئ',
    text: 'مشينا معًا على الشاطئ وتحدثنا عن أحلامنا الصغيرة والكبيرة.',
    letters: /\p{Script=Arabic}/u,
    font: /^NotoNaskhArabic/
  },
  {
    id: 'persian',
    title: 'در پارک',
    text: 'امروز با هم به پارک رفتیم و چای نوشیدیم؛ می‌خواهم همیشه کنارت باشم.',
    letters: /\p{Script=Arabic}/u,
    font: /^NotoNaskhArabic/
  },
  {
    id: 'hebrew',
    title: 'לאורך הים',
    text: 'הלכנו יחד לאורך הים ודיברנו על החלומות שלנו, הגדולים והקטנים.',
    letters: /\p{Script=Hebrew}/u,
    font: /^NotoSerifHebrew/
  },
  {
    id: 'chinese-simplified',
    title: '公园散步',
    text: '今天我们一起去公园散步，聊了很多关于未来的事情。这让我觉得很温暖。',
    letters: HAN,
    font: /^NotoSerifSC/
  },
  {
    id: 'chinese-traditional',
    title: '公園散步',
    text: '今天我們一起去公園散步，聊了很多關於未來的事情。這讓我覺得很溫暖。',
    letters: HAN,
    font: /^NotoSerifTC/
  },
  {
    id: 'japanese',
    title: '公園を散歩',
    text: '今日は二人で公園を散歩して、将来のことをたくさん話しました。とても温かい気持ちになりました。',
    letters: HAN,
    font: /^NotoSerifJP/
  },
  {
    id: 'korean',
    title: '공원 산책',
    text: '오늘 우리는 함께 공원을 산책하며 미래에 대해 많은 이야기를 나눴어요.',
    letters: /\p{Script=Hangul}/u,
    font: /^NotoSerifKR/
  },
  {
    id: 'hindi',
    title: 'पार्क में शाम',
    text: 'आज हम साथ में पार्क में टहलने गए और भविष्य के बारे में बहुत बातें कीं।',
    letters: /\p{Script=Devanagari}/u,
    font: /^NotoSerifDevanagari/
  },
  { id: 'emoji', title: 'Sunday 🌻', text: 'Breakfast in bed ❤️ 🥐 ☕ 🎉 👩‍❤️‍👨 🇬🇧 👍🏽 😊', letters: /\p{Extended_Pictographic}/u, font: /^NotoColorEmoji/ }
]
