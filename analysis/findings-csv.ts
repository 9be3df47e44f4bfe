import { toCsv, type Cell } from './csv.ts'
import type { QuestionFinding } from './findings.ts'
import type { WaveFindings } from './report-model.ts'
import { noteText } from './render/labels.ts'
import type { Note, Shown } from './suppression.ts'

const HEADER = [
  'wave',
  'question_id',
  'question',
  'dimension',
  'n',
  'option',
  'count',
  'mean',
  'sd',
  'ci95_low',
  'ci95_high',
  'share_agreeing',
  'change_mean',
  'change_share_agreeing',
  'note',
] as const

type Row = Partial<Record<(typeof HEADER)[number], Cell>>

const cells = (row: Row): Cell[] => HEADER.map((column) => row[column])

/** The figures of a summary (question, dimension or index), or the note that replaces them. */
function figures<
  T extends {
    n: number
    mean?: number
    sd?: number
    ci95?: [number, number]
    shareAgreeing?: number
  },
>(
  result: Shown<T & { change?: Shown<{ mean?: number; shareAgreeing?: number }> }>,
  lang: 'de' | 'en'
): Row {
  if (!result.shown) return { note: noteText(lang, result.note) }
  const s = result.value
  const change = s.change?.shown ? s.change.value : undefined
  return {
    n: s.n,
    mean: s.mean,
    sd: s.sd,
    ci95_low: s.ci95?.[0],
    ci95_high: s.ci95?.[1],
    share_agreeing: s.shareAgreeing,
    change_mean: change?.mean,
    change_share_agreeing: change?.shareAgreeing,
    note:
      [result.note, s.change && !s.change.shown ? s.change.note : undefined]
        .filter((n) => n !== undefined)
        .map((n) => noteText(lang, n))
        .join('; ') || undefined,
  }
}

function questionRows(wave: string, q: QuestionFinding, lang: 'de' | 'en'): Row[] {
  const head: Row = { wave, question_id: q.id, question: q.label[lang], dimension: q.dimension }
  const options = q.result.shown ? (q.result.value.distribution ?? []) : []
  const n = q.result.shown ? q.result.value.n : undefined
  return [
    { ...head, ...figures(q.result, lang) },
    ...options.map((o) => ({ ...head, n, option: o.label[lang], count: o.count })),
  ]
}

/** The findings of a wave as CSV: one summary row per question and one row per option. */
export function findingsCsv(
  findings: WaveFindings | null,
  lang: 'de' | 'en',
  hiddenNote?: Note
): string {
  if (!findings)
    return toCsv([...HEADER], [cells({ note: hiddenNote && noteText(lang, hiddenNote) })])
  const wave = findings.wave.label
  const { dimensions, index } = findings.readiness
  const rows: Row[] = [
    ...findings.questions.flatMap((q) => questionRows(wave, q, lang)),
    ...dimensions.map((d) => ({
      wave,
      question_id: `dimension:${d.dimension}`,
      question: d.dimension,
      dimension: d.dimension,
      ...figures(d.result, lang),
    })),
    {
      wave,
      question_id: 'readiness_index',
      question: 'readiness index (0-100)',
      ...(index.shown
        ? {
            n: index.value.n,
            mean: index.value.value,
            ci95_low: index.value.ci95[0],
            ci95_high: index.value.ci95[1],
            change_mean: index.value.change?.shown ? index.value.change.value.value : undefined,
            note: index.note && noteText(lang, index.note),
          }
        : { note: noteText(lang, index.note) }),
    },
  ]
  return toCsv([...HEADER], rows.map(cells))
}
