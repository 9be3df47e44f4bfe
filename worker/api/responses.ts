import * as z from 'zod'

/** A figure that may be shown, or the note that stands in its place (analysis/suppression.ts). */
const shown = <T extends z.ZodType>(value: T) =>
  z.union([
    z.object({ shown: z.literal(true), value }),
    z.object({ shown: z.literal(false), note: z.string() }),
  ])

const localized = z.object({ de: z.string(), en: z.string() })
const ci = z.tuple([z.number(), z.number()])

export const wave = z.object({
  id: z.string(),
  surveyId: z.string(),
  label: z.string(),
  status: z.enum(['open', 'closed']),
  seq: z.number().int(),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
})

export const surveySummary = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(['pulse', 'interview']),
  version: z.number().int(),
  title: localized,
  hideOpenCounts: z.boolean(),
  codebookVersion: z.string(),
})

export const surveyList = z.object({
  surveys: z.array(surveySummary.extend({ waves: z.array(wave) })),
})
export const surveyOne = z.object({ survey: surveySummary.extend({ waves: z.array(wave) }) })
export const surveyCreated = z.object({ survey: surveySummary, link: z.string() })
export const waveOne = z.object({ wave })

export const invitationsCreated = z.object({
  wave: z.object({ id: z.string(), label: z.string() }),
  invitations: z.array(z.object({ ministry: z.string(), links: z.array(z.string()) })),
})

export const participation = z.object({
  wave: z.object({ id: z.string(), label: z.string(), status: z.enum(['open', 'closed']) }),
  ministries: z.array(
    z.object({
      ministry: z.string(),
      invited: z.number().int(),
      completed: z.number().int().nullable(),
    })
  ),
  totals: z.object({
    invited: z.number().int(),
    ministriesAnswered: z.number().int().nullable(),
    responses: z.number().int().nullable(),
  }),
})

const questionStats = z.object({
  n: z.number().int(),
  distribution: z
    .array(z.object({ value: z.string(), label: localized, count: z.number().int() }))
    .optional(),
  mean: z.number().optional(),
  sd: z.number().optional(),
  ci95: ci.optional(),
  shareAgreeing: z.number().optional(),
  change: shown(
    z.object({ mean: z.number().optional(), shareAgreeing: z.number().optional() })
  ).optional(),
})

const findingsBody = z.object({
  wave: z.object({ id: z.string(), label: z.string() }),
  previousWave: z.object({ id: z.string(), label: z.string() }).nullable(),
  thresholds: z.object({ minGroupSize: z.number().int(), minGroupSizeQuotes: z.number().int() }),
  responses: shown(z.number().int()),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: localized,
      dimension: z.string().optional(),
      side: z.enum(['enabler', 'barrier']).optional(),
      result: shown(questionStats),
    })
  ),
  readiness: z.object({
    dimensions: z.array(
      z.object({
        dimension: z.string(),
        questions: z.array(z.string()),
        result: shown(
          z.object({
            n: z.number().int(),
            mean: z.number(),
            sd: z.number(),
            ci95: ci,
            shareAgreeing: z.number(),
            change: shown(z.object({ mean: z.number(), shareAgreeing: z.number() })).optional(),
          })
        ),
      })
    ),
    index: shown(
      z.object({
        n: z.number().int(),
        value: z.number(),
        ci95: ci,
        change: shown(z.object({ value: z.number() })).optional(),
      })
    ),
  }),
})

const findingsHead = {
  survey: z.object({ id: z.string(), slug: z.string(), title: localized }),
  wave: z.object({ id: z.string(), label: z.string(), status: z.enum(['open', 'closed']) }),
}

export const findings = z.union([
  z.object({ ...findingsHead, hidden: z.literal(true), note: z.string() }),
  z.object({
    ...findingsHead,
    hidden: z.literal(false),
    findings: findingsBody,
    renewsAfter: z.number().int().nullable(),
  }),
])

export const tokenCreated = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(['researcher', 'admin']),
  token: z.string(),
})
export const tokenList = z.object({
  tokens: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      role: z.enum(['researcher', 'admin']),
      createdOn: z.string(),
      revoked: z.boolean(),
    })
  ),
})
export const ministryList = z.object({
  ministries: z.array(z.object({ abbr: z.string(), name: z.string(), nameEn: z.string() })),
})

const reportSummary = z.object({
  id: z.string(),
  surveyId: z.string(),
  surveySlug: z.string(),
  period: z.string(),
  waveId: z.string().nullable(),
  createdOn: z.string(),
  codebookVersion: z.string(),
})
export const reportList = z.object({ reports: z.array(reportSummary) })
/** The report model itself is analysis/report.ts; its figures are all `Shown` values. */
export const reportOne = reportSummary.extend({ report: z.record(z.string(), z.unknown()) })
