import type { FormDefinition, Localized } from '../forms/schema.ts'
import type { Mover, NewTerm } from './movers.ts'
import { rankTerms, type EmergingOptions } from './coding/index.ts'
import type { DisclosureConfig } from './disclosure.ts'
import { selectQuotes } from './quotes.ts'
import { MIN_GROUP_FLOOR } from './disclosure.ts'
import { identifyingTerm } from './redaction.ts'
import { talliedFindings, type WaveFindings } from './report-model.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'
import type { WaveTally } from './tally/index.ts'
import { rankThemes, type ThemeInfo } from './themes.ts'

export interface Coverage {
  invited: number
  completed: number
  ministriesInvited: number
  ministriesAnswered: number
}

/** A wave with the tally of all its responses under the report's form and codebook. */
export interface TalliedReportWave {
  id: string
  label: string
  tally: WaveTally
}

export interface ReportInput {
  survey: { id: string; slug: string; title: Localized }
  period: string
  /** The report's date; analysis has no clock of its own. */
  generatedOn: string
  form: FormDefinition
  wave: TalliedReportWave & { status: 'open' | 'closed' }
  previous: TalliedReportWave | null
  codebook: { version: string; themes: ThemeInfo[] }
  coverage: Coverage
  config: DisclosureConfig
  /** Seeds the shuffling of quotes, so a stored report always shows the same ones. */
  seed: string
}

export interface Report {
  survey: ReportInput['survey']
  period: string
  generatedOn: string
  wave: { id: string; label: string; status: 'open' | 'closed' }
  codebookVersion: string
  coverage: Coverage
  findings: WaveFindings
  themes: ReturnType<typeof rankThemes>
  quotes: { enabler: Shown<string[]>; barrier: Shown<string[]> }
  emergingTerms: Shown<{ term: string; count: number }[]>
  /** The largest changes against the previous wave; absent without one. */
  movers?: Mover[]
  /** Emerging terms the previous wave did not list, each with a quote of this release. */
  newTerms?: Shown<NewTerm[]>
  /** Untested movement since the release an earlier report of the same wave showed. */
  sinceRelease?: { release: number; movers: Mover[] }
}

/**
 * The term counts a stored tally keeps for ranking: terms of at least the floor of k. A
 * report asks each term for k_quotes texts (a rare word is a fingerprint), which is never
 * below the floor, so the kept counts always hold every term a report can show.
 */
export const REPORT_TERMS: Required<EmergingOptions> = { limit: 20, minCount: MIN_GROUP_FLOOR }

/** What a report shows of a wave: all but its heading (survey, period, date, coverage). */
export type ReportFigures = Pick<
  Report,
  'codebookVersion' | 'findings' | 'themes' | 'quotes' | 'emergingTerms'
>

/**
 * The figures of a tallied wave, each through the disclosure control: what a release of the
 * wave freezes and every output shows. With `previous`, changes against that wave's tally.
 */
export function reportFigures(
  input: Pick<ReportInput, 'form' | 'wave' | 'previous' | 'codebook' | 'config' | 'seed'>
): ReportFigures {
  const { config, wave, previous } = input
  const texts = wave.tally.texts
  const quotesOf = (side: 'enabler' | 'barrier') =>
    selectQuotes(texts.quotes[side], {
      groupSize: texts.sides[side],
      kQuotes: config.minGroupSizeQuotes,
      seed: `${input.seed}:${side}`,
    })
  const answers = (w: TalliedReportWave) => ({ id: w.id, label: w.label, answers: w.tally.answers })
  return {
    codebookVersion: input.codebook.version,
    findings: talliedFindings(input.form, answers(wave), previous && answers(previous), config),
    themes: rankThemes(
      input.codebook.themes,
      texts.themes,
      previous && previous.tally.texts.themes,
      config.minGroupSize
    ),
    quotes: { enabler: quotesOf('enabler'), barrier: quotesOf('barrier') },
    emergingTerms: suppressSmallCell(texts.themes.answers, config.minGroupSizeQuotes, () =>
      rankTerms(texts.terms, { ...REPORT_TERMS, minCount: config.minGroupSizeQuotes })
        // A term that names a person, unit, place or ministry is dropped, not redacted.
        .filter(({ term }) => !identifyingTerm(term))
        .slice(0, 10)
    ),
  }
}

/** The one report model of a survey and period; every rendering (email, text, JSON, CSV) draws it. */
export function buildReport(input: ReportInput): Report {
  const { wave } = input
  return {
    survey: input.survey,
    period: input.period,
    generatedOn: input.generatedOn,
    wave: { id: wave.id, label: wave.label, status: wave.status },
    coverage: input.coverage,
    ...reportFigures(input),
  }
}
