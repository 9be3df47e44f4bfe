import { toCsv, type Cell } from './csv.ts'
import type { QuestionFinding } from './findings.ts'
import type { WaveFindings } from './report-model.ts'

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
]

function questionRows(wave: string, q: QuestionFinding, lang: 'de' | 'en'): Cell[][] {
  const head = [wave, q.id, q.label[lang], q.dimension ?? '']
  if (!q.result.shown)
    return [[...head, null, null, null, null, null, null, null, null, null, null, q.result.note]]
  const s = q.result.value
  const change = s.change?.shown ? s.change.value : undefined
  const summary: Cell[] = [
    ...head,
    s.n,
    null,
    null,
    s.mean,
    s.sd,
    s.ci95?.[0],
    s.ci95?.[1],
    s.shareAgreeing,
    change?.mean,
    change?.shareAgreeing,
    s.change && !s.change.shown ? s.change.note : null,
  ]
  const options = (s.distribution ?? []).map((o): Cell[] => [
    ...head,
    s.n,
    o.label[lang],
    o.count,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
  ])
  return [summary, ...options]
}

/** The findings of a wave as CSV: one summary row per question and one row per option. */
export function findingsCsv(
  findings: WaveFindings | null,
  lang: 'de' | 'en',
  hiddenNote?: string
): string {
  if (!findings)
    return toCsv(HEADER, [
      [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        hiddenNote,
      ],
    ])
  const wave = findings.wave.label
  const dimensions = findings.readiness.dimensions.map((d): Cell[] =>
    d.result.shown
      ? [
          wave,
          `dimension:${d.dimension}`,
          d.dimension,
          d.dimension,
          d.result.value.n,
          null,
          null,
          d.result.value.mean,
          d.result.value.sd,
          d.result.value.ci95[0],
          d.result.value.ci95[1],
          d.result.value.shareAgreeing,
          d.result.value.change?.shown ? d.result.value.change.value.mean : null,
          d.result.value.change?.shown ? d.result.value.change.value.shareAgreeing : null,
          null,
        ]
      : [
          wave,
          `dimension:${d.dimension}`,
          d.dimension,
          d.dimension,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          d.result.note,
        ]
  )
  const index = findings.readiness.index
  const indexRow: Cell[] = index.shown
    ? [
        wave,
        'readiness_index',
        'readiness index (0-100)',
        null,
        index.value.n,
        null,
        null,
        index.value.value,
        null,
        index.value.ci95[0],
        index.value.ci95[1],
        null,
        index.value.change?.shown ? index.value.change.value.value : null,
        null,
        null,
      ]
    : [
        wave,
        'readiness_index',
        'readiness index (0-100)',
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        index.note,
      ]
  return toCsv(HEADER, [
    ...findings.questions.flatMap((q) => questionRows(wave, q, lang)),
    ...dimensions,
    indexRow,
  ])
}
