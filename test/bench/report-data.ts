import codebook from '../../worker/assets/codebooks/default.v1.json' with { type: 'json' }
import { seededRandom } from '../../analysis/random.ts'
import { loadDefinition } from '../../forms/load.ts'
import type { FormDefinition } from '../../forms/schema.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json' with { type: 'json' }

export const BENCH_SLUG = 'bench-report'
export const benchIds = { survey: `survey-${BENCH_SLUG}`, wave: `wave-${BENCH_SLUG}-1` }

const LIKERT = ['trust', 'transparency', 'continuity', 'resources'] as const
const TEXTS = ['helped', 'hindered', 'wishes'] as const

/** The demo pulse with a third free-text question, as the budget's "3 free-text answers". */
export function benchForm(): FormDefinition {
  const wishes = {
    id: 'wishes',
    kind: 'long_text',
    maxLength: 1500,
    label: {
      de: 'Was wünschen Sie sich für die nächsten Treffen?',
      en: 'What do you wish for the next meetings?',
    },
  }
  const sections = demoPuls.sections.map((section, i, all) =>
    i < all.length - 1 ? section : { ...section, questions: [...section.questions, wishes] }
  )
  const source = `${BENCH_SLUG} (demo-puls with a third text question)`
  return loadDefinition(source, { ...demoPuls, slug: BENCH_SLUG, sections })
}

export interface SyntheticResponse {
  id: string
  answers: Record<string, number | string>
}

type Lang = 'de' | 'en'
type TextQuestion = (typeof TEXTS)[number]
const signals = (lang: Lang, sides: string[]) =>
  codebook.themes.filter((t) => sides.includes(t.side)).flatMap((t) => t.signals[lang])
// Each question draws on the signals of its side; the one without a side on all of them.
const pools = (lang: Lang): Record<TextQuestion, string[]> => ({
  helped: signals(lang, ['enabler']),
  hindered: signals(lang, ['barrier']),
  wishes: signals(lang, ['enabler', 'barrier']),
})
const signalPools = { de: pools('de'), en: pools('en') }

const openers = {
  de: [
    'Geholfen hat vor allem',
    'Wichtig war für mich',
    'Gut funktioniert hat',
    'Schwierig bleibt',
    'In unserer Runde zählt',
    'Aufgefallen ist mir',
    'Spürbar besser wurde',
    'Viel diskutiert wurde',
    'Nach wie vor wichtig ist',
    'Es gab kein',
  ],
  en: [
    'What helped most was',
    'For me the key was',
    'It worked well thanks to',
    'Still difficult is',
    'In our group what counts is',
    'What struck me was',
    'Noticeably better was',
    'Much discussed was',
    'Still important is',
    'There was no',
  ],
}
const tails = {
  de: [
    'in den letzten Wochen',
    'zwischen den Häusern',
    'bei der Vorbereitung der Sitzung',
    'trotz der vielen Abstimmungen',
    'im Vergleich zum Vorjahr',
    'für die gemeinsame Arbeit',
  ],
  en: [
    'in the last few weeks',
    'between the ministries',
    'when preparing the session',
    'despite all the coordination',
    'compared with last year',
    'for our joint work',
  ],
}
// Words no theme covers: the material of emerging terms, beside the invented ones.
const fillers = {
  de: 'Protokoll Tagesordnung Einladung Kalender Sitzungssaal Kaffeepause Vorlage Umlaufverfahren Mitzeichnung Rundmail Ablage Termin Vermerk Entwurf Pilotprojekt Zwischenstand',
  en: 'minutes agenda invitation calendar meeting room coffee break template circulation sign-off newsletter filing appointment memo draft pilot project progress',
}
const fillerWords = { de: fillers.de.split(' '), en: fillers.en.split(' ') }
const SYLLABLES = 'ka ro te lin bau mer sta fen dor vil gra um pe so nak ti lu wes'.split(' ')

type Random = () => number
const pick = <T>(next: Random, items: readonly T[]) => items[Math.floor(next() * items.length)]
// Skewed towards the first items, so that a few invented words recur often enough to emerge.
const pickSkewed = <T>(next: Random, items: readonly T[]) =>
  items[Math.floor(next() ** 3 * items.length)]

const invented = Array.from({ length: 5000 }, (_, i) => {
  const next = seededRandom(`word:${i}`)
  const length = 2 + Math.floor(next() * 3)
  return Array.from({ length }, () => pick(next, SYLLABLES)).join('')
})

function sentence(next: Random, lang: Lang, pool: string[]): string {
  const words = [pick(next, openers[lang]), pick(next, pool)]
  if (next() < 0.5) words.push(pick(next, fillerWords[lang]))
  for (let n = Math.floor(next() * 3); n > 0; n--) words.push(pickSkewed(next, invented))
  words.push(pick(next, tails[lang]))
  return words.join(' ') + '.'
}

function text(next: Random, lang: Lang, question: TextQuestion): string {
  const pool = signalPools[lang][question]
  const count = 1 + Math.floor(next() * 3)
  return Array.from({ length: count }, () => sentence(next, lang, pool)).join(' ')
}

// nanoid's alphabet and length, as the worker gives response ids.
const ID_ALPHABET = [...'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict']

/** Response `index` of the synthetic wave: the same every run, whatever the batch it is in. */
export function syntheticResponse(index: number): SyntheticResponse {
  const next = seededRandom(`${BENCH_SLUG}:${index}`)
  const id = Array.from({ length: 21 }, () => pick(next, ID_ALPHABET)).join('')
  const mood = 1 + next() * 4
  const answers: Record<string, number | string> = {}
  for (const q of LIKERT)
    answers[q] =
      next() < 0.04 ? 'none' : Math.min(5, Math.max(1, Math.round(mood + (next() - 0.5) * 2)))
  const lang: Lang = next() < 0.7 ? 'de' : 'en'
  for (const q of TEXTS) answers[q] = text(next, lang, q)
  return { id, answers }
}
