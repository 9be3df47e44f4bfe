/**
 * German compounds carry a signal inside one word: "Vertrauensbasis", "Führungsebene",
 * "Hausleitungen", "Personalressourcen". A signal is found
 * - opening a word ("Vertrauens|basis", "qualifizier|t") by its written form of at least 5
 *   letters or its stem of at least 6: a four-letter word opens too many others ("Zeit|plan",
 *   "Tool|box"); Short stems are left out because Snowball strips derivations: "persönlich"
 *   stems to "perso" and "offen" to "off", which would open "Personal" and "offensichtlich".
 *   At least 3 letters or an inflection ending must follow ("personal|ly" is English), and no
 *   present participle ("federführ|enden");
 * - closing a word ("Haus|leitungen") by either form plus an inflection ending;
 * - inside a word ("Haus|leitungs|ebene") by a form of at least 7 letters: at 6, "format"
 *   would be found in "Transformation".
 * A word part before the signal must have at least 3 letters and not be a verb particle:
 * "Durch|führung", "Ein|leitung" and "Weiter|leitung" are verbs made nouns, not compounds.
 */
export interface CompoundIndex {
  keys: Map<string, number[]>
  /** The first 4 letters of every key, to skip word positions where no key can start. */
  starts: Set<string>
}

const MIN_WRITTEN = 4
const MIN_OPENING = 5
const MIN_STEM = 6
const MIN_INSIDE = 7
const MIN_PART = 3
const INFLECTIONS = ['', 'e', 'n', 's', 'en', 'er', 'es', 'em', 'ns', 'ens', 'ern']
// Short rests after an opening key are inflections ("qualifizier|t", "verantwort|et"); others
// are no German word part ("personal|ly").
const ENDINGS = new Set(['e', 'n', 's', 't', 'en', 'er', 'es', 'em', 'et', 'te', 'ns'])
// A present participle is its verb, not a compound: "federführend" does not open with "Federführung"'s stem.
const PARTICIPLE = /^end(e|en|er|es|em)?$/
const PARTICLES = new Set(
  `ab an auf aus bei durch ein ent er fort her hin mit nach ueber um unter ver vor weg weiter
  wider wieder zer zu zurueck zusammen gegen heran herbei hervor voran miss`.split(/\s+/)
)

export const emptyCompoundIndex = (): CompoundIndex => ({ keys: new Map(), starts: new Set() })

/** Adds a one-word German signal, written (folded) and stemmed, as keys for `theme`. */
export function addCompoundKeys(
  index: CompoundIndex,
  written: string,
  stem: string,
  theme: number
) {
  if (written.length >= MIN_WRITTEN) addKey(index, written, theme)
  if (stem.length >= MIN_STEM && stem !== written) addKey(index, stem, theme)
}

function addKey(index: CompoundIndex, key: string, theme: number) {
  const themes = index.keys.get(key) ?? []
  if (!themes.includes(theme)) themes.push(theme)
  index.keys.set(key, themes)
  index.starts.add(key.slice(0, MIN_WRITTEN))
}

/** The themes whose signals `word` (folded) contains as a part of a compound. */
export function compoundThemes(index: CompoundIndex, word: string): number[] {
  const found = new Set<number>()
  const add = (key: string) => index.keys.get(key)?.forEach((t) => found.add(t))
  if (index.starts.has(word.slice(0, MIN_WRITTEN)))
    for (let end = MIN_OPENING; end < word.length; end++) {
      const rest = word.slice(end)
      if (!PARTICIPLE.test(rest) && (rest.length >= MIN_PART || ENDINGS.has(rest)))
        add(word.slice(0, end))
    }
  for (let at = MIN_PART; at <= word.length - MIN_WRITTEN; at++) {
    if (!index.starts.has(word.slice(at, at + MIN_WRITTEN)) || PARTICLES.has(word.slice(0, at)))
      continue
    const rest = word.slice(at)
    for (const ending of INFLECTIONS)
      if (rest.endsWith(ending)) add(rest.slice(0, rest.length - ending.length))
    for (let end = MIN_INSIDE; end <= rest.length - MIN_PART; end++) add(rest.slice(0, end))
  }
  return [...found]
}
