import * as z from '../../forms/zod.ts'
import { findingsBody, findingsHead, int, localized, shown, significant } from './responses.ts'

const reportSummary = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveySlug: z.string(),
  period: z.string(),
  waveId: z.nullable(z.string()),
  createdOn: z.string(),
  codebookVersion: z.string(),
})
export const reportList = z.object({ reports: z.array(reportSummary) })

const themeFinding = z.object({
  id: z.string(),
  side: z.enum(['enabler', 'barrier']),
  label: localized,
  result: shown(
    z.object({
      mentions: int(),
      negative: int(),
      share: z.number(),
      change: z.optional(
        shown(z.object({ share: z.number(), significant: z.optional(significant) }))
      ),
    })
  ),
})

/** A largest change (analysis/movers.ts): a dimension's mean (1–5) or a theme's share (0–1). */
const mover = z.object({
  kind: z.enum(['dimension', 'theme']),
  id: z.string(),
  label: z.optional(localized),
  side: z.optional(z.enum(['enabler', 'barrier'])),
  change: z.number(),
  // As its change in the release says; absent between two releases of one wave (untested).
  significant: z.optional(z.boolean()),
})

/** The stored report model (analysis/report.ts `Report`); every figure is a `Shown` value. */
const reportModel = z.object({
  survey: findingsHead.survey,
  period: z.string(),
  generatedOn: z.string(),
  wave: findingsHead.wave,
  codebookVersion: z.string(),
  coverage: z.object({
    invited: int(),
    completed: int(),
    ministriesInvited: int(),
    ministriesAnswered: int(),
  }),
  findings: findingsBody,
  themes: z.object({
    answers: shown(int()),
    enablers: z.array(themeFinding),
    barriers: z.array(themeFinding),
  }),
  quotes: z.object({ enabler: shown(z.array(z.string())), barrier: shown(z.array(z.string())) }),
  emergingTerms: shown(z.array(z.object({ term: z.string(), count: int() }))),
  movers: z.optional(z.array(mover)),
  newTerms: z.optional(
    shown(z.array(z.object({ term: z.string(), count: int(), quote: z.optional(z.string()) })))
  ),
  sinceRelease: z.optional(z.object({ release: int(), movers: z.array(mover) })),
})
export const reportOne = z.extend(reportSummary, { report: reportModel })
