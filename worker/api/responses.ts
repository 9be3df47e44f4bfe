import * as z from '../../forms/zod.ts'

export const int = () => z.number().check(z.int())

/** Why a figure is missing or kept from an earlier release (analysis/suppression.ts). */
const note = z.object({
  reason: z.enum([
    'fewer-than-k',
    'previous-wave-fewer-than-k',
    'previous-wave-not-asked',
    'hidden-until-closed',
    'carried',
  ]),
  k: z.optional(int()),
  release: z.optional(int()),
})

/**
 * A figure that may be shown, or the note that stands in its place; a shown figure has a
 * note only when the release kept it from an earlier one.
 */
export const shown = <T extends z.ZodMiniType>(value: T) =>
  z.union([
    z.object({ shown: z.literal(true), value, note: z.optional(note) }),
    z.object({ shown: z.literal(false), note }),
  ])
/** Whether a change against the previous wave is more than chance, as release-change.ts tests it. */
export const significant = z
  .boolean()
  .check(
    z.describe(
      "Significant at 5 %, Holm-corrected over all changes of the release: Welch's t-test for means and the readiness index, the two-proportion z-test for theme shares. Missing where not tested (fewer than two answers on a side, or an older release)."
    )
  )
export const localized = z.object({ de: z.string(), en: z.string() })
const ci = z.tuple([z.number(), z.number()])
const status = () => z.enum(['open', 'closed'])
const waveRef = () => z.object({ id: z.string(), label: z.string() })

export const wave = z.object({
  id: z.string(),
  surveyId: z.string(),
  label: z.string(),
  status: status(),
  mode: z.enum(['invitations', 'open']),
  seq: int(),
  opensOn: z.nullable(z.string()),
  closesOn: z.nullable(z.string()),
  closedOn: z.nullable(z.string()),
  openedOn: z.nullable(z.string()),
  formVersion: z.nullable(int()),
})

export const surveySummary = z.object({
  id: z.string(),
  slug: z.string(),
  kind: z.enum(['pulse', 'interview']),
  version: int(),
  title: localized,
  hideOpenCounts: z.boolean(),
  codebookVersion: z.string(),
  archived: z.boolean(),
  retentionMonths: z.nullable(int()),
})

export const surveyList = z.object({
  surveys: z.array(z.extend(surveySummary, { waves: z.array(wave) })),
})
export const surveyOne = z.object({ survey: z.extend(surveySummary, { waves: z.array(wave) }) })
export const surveyCreated = z.object({ survey: surveySummary, link: z.string() })
export const waveOne = z.object({ wave })

export const invitationsCreated = z.object({
  wave: waveRef(),
  invitations: z.array(z.object({ ministry: z.string(), links: z.array(z.string()) })),
})

export const invitationLog = z.object({
  additions: z.array(
    z.object({
      wave: waveRef(),
      ministry: z.string(),
      count: int(),
      createdOn: z.string(),
      createdBy: z.string(),
      beforeOpening: z.boolean(),
    })
  ),
})

export const participation = z.object({
  wave: z.object({ id: z.string(), label: z.string(), status: status() }),
  ministries: z.array(
    z.object({
      ministry: z.string(),
      invited: int(),
      completed: z.nullable(int()),
    })
  ),
  totals: z.object({
    invited: int(),
    ministriesAnswered: z.nullable(int()),
    responses: z.nullable(int()),
  }),
})

const questionStats = z.object({
  n: int(),
  distribution: z.optional(
    z.array(z.object({ value: z.string(), label: localized, count: int() }))
  ),
  mean: z.optional(z.number()),
  sd: z.optional(z.number()),
  ci95: z.optional(ci),
  shareAgreeing: z.optional(z.number()),
  change: z.optional(
    shown(
      z.object({
        mean: z.optional(z.number()),
        shareAgreeing: z.optional(z.number()),
        significant: z.optional(significant),
      })
    )
  ),
})

export const findingsBody = z.object({
  wave: waveRef(),
  previousWave: z.nullable(waveRef()),
  thresholds: z.object({ minGroupSize: int(), minGroupSizeQuotes: int() }),
  responses: shown(int()),
  questions: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: localized,
      dimension: z.optional(z.string()),
      side: z.optional(z.enum(['enabler', 'barrier'])),
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
            n: int(),
            mean: z.number(),
            sd: z.number(),
            ci95: ci,
            shareAgreeing: z.number(),
            change: z.optional(
              shown(
                z.object({
                  mean: z.number(),
                  shareAgreeing: z.number(),
                  significant: z.optional(significant),
                })
              )
            ),
          })
        ),
      })
    ),
    index: shown(
      z.object({
        n: int(),
        value: z.number(),
        ci95: ci,
        change: z.optional(
          shown(z.object({ value: z.number(), significant: z.optional(significant) }))
        ),
      })
    ),
  }),
})

export const findingsHead = {
  survey: z.object({ id: z.string(), slug: z.string(), title: localized }),
  wave: z.object({ id: z.string(), label: z.string(), status: status() }),
}

export const findings = z.union([
  z.object({ ...findingsHead, hidden: z.literal(true), note }),
  z.object({
    ...findingsHead,
    hidden: z.literal(false),
    findings: findingsBody,
    release: z.nullable(int()),
    renewsAfter: z.nullable(int()),
  }),
])

const role = () => z.enum(['researcher', 'admin'])
export const tokenCreated = z.object({
  id: z.string(),
  label: z.string(),
  role: role(),
  token: z.string(),
})
export const tokenList = z.object({
  tokens: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      role: role(),
      createdOn: z.string(),
      revoked: z.boolean(),
    })
  ),
})
export const ministryList = z.object({
  ministries: z.array(z.object({ abbr: z.string(), name: z.string(), nameEn: z.string() })),
})

export const surveyOnly = z.object({ survey: surveySummary })
