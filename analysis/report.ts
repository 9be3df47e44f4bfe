import type { FormDefinition, Localized } from '../forms/schema.ts'
import { emergingTerms, type compileCodebook } from './coding/index.ts'
import type { DisclosureConfig } from './disclosure.ts'
import type { WaveInput } from './findings.ts'
import { selectQuotes } from './quotes.ts'
import { redactQuote } from './redaction.ts'
import { waveFindings, type WaveFindings } from './report-model.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'
import { rankThemes, type CodedText, type ThemeInfo } from './themes.ts'

export interface Coverage {
  invited: number
  completed: number
  ministriesInvited: number
  ministriesAnswered: number
}

export interface ReportInput {
  survey: { id: string; slug: string; title: Localized }
  period: string
  /** The report's date; analysis has no clock of its own. */
  generatedOn: string
  form: FormDefinition
  wave: WaveInput & { status: 'open' | 'closed' }
  previous: WaveInput | null
  coded: CodedText[]
  previousCoded: CodedText[] | null
  codebook: { version: string; themes: ThemeInfo[] }
  compiled: ReturnType<typeof compileCodebook>
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
}

/**
 * Emerging terms are words of answers and leave the system like quotes: a term that names a
 * ministry or agency (in any case, since terms are lower-cased) or contact data is dropped.
 */
const unidentifying = ({ term }: { term: string }) =>
  redactQuote(term) === term && redactQuote(term.toUpperCase()) === term.toUpperCase()

/** The one report model of a survey and period; every rendering (email, text, JSON, CSV) draws it. */
export function buildReport(input: ReportInput): Report {
  const { config } = input
  const quotesOf = (side: 'enabler' | 'barrier') => {
    const texts = input.coded.filter((c) => c.side === side).map((c) => c.text)
    return selectQuotes(texts, {
      groupSize: texts.length,
      kQuotes: config.minGroupSizeQuotes,
      seed: `${input.seed}:${side}`,
    })
  }
  const texts = input.coded.map((c) => c.text)
  return {
    survey: input.survey,
    period: input.period,
    generatedOn: input.generatedOn,
    wave: { id: input.wave.id, label: input.wave.label, status: input.wave.status },
    codebookVersion: input.codebook.version,
    coverage: input.coverage,
    findings: waveFindings(input.form, input.wave, input.previous, config),
    themes: rankThemes(
      input.codebook.themes,
      input.coded,
      input.previousCoded,
      config.minGroupSize
    ),
    quotes: { enabler: quotesOf('enabler'), barrier: quotesOf('barrier') },
    emergingTerms: suppressSmallCell(texts.length, config.minGroupSizeQuotes, () =>
      emergingTerms(input.compiled, texts, { limit: 20 }).filter(unidentifying).slice(0, 10)
    ),
  }
}
