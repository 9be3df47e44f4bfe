/** The neutral markers that stand in for what a quote must not show. */
export const markers = {
  person: '[Person]',
  unit: '[Einheit]',
  address: '[Adresse]',
  contact: '[Kontakt]',
  ressort: '[Ressort]',
  link: '[Link]',
} as const

// JavaScript's \b only knows ASCII, so "Auswärtiges" would have a boundary inside it.
export const START = '(?<![\\p{L}\\p{N}_])'
export const END = '(?![\\p{L}\\p{N}_])'

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** One alternative per source, longest first, so a longer name wins over its prefix. */
export const alternation = (sources: readonly string[]) =>
  [...new Set(sources)].sort((a, b) => b.length - a.length).join('|')

/** Accepts the spellings people type without umlaut keys: ae, oe, ue, ss. */
export const umlautTolerant = (source: string) =>
  source
    .replace(/ä/g, '(?:ä|ae)')
    .replace(/ö/g, '(?:ö|oe)')
    .replace(/ü/g, '(?:ü|ue)')
    .replace(/ß/g, '(?:ß|ss)')

/** A word as umlaut-free lower case: how names are compared whatever way they were typed. */
export const foldWord = (word: string) =>
  word.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
