import { formDefinition } from '../../forms/schema.ts'
import * as z from '../../forms/zod.ts'

const described = <T extends z.ZodMiniType>(schema: T, description: string) =>
  schema.check(z.describe(description))
const label = () => z.string().check(z.trim(), z.minLength(1), z.maxLength(80))

/** Request and response schemas of /api: they validate requests and generate the OpenAPI document. */
export const createSurvey = z.strictObject({
  definition: described(
    z.unknown(),
    'A form definition (see forms/schema.ts); its version is set by the server.'
  ),
  hideOpenCounts: described(
    z._default(z.boolean(), false),
    'Hide counts of an open wave until it closes.'
  ),
})

export const editSurvey = z.strictObject({ definition: z.unknown() })

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'))

export const openWave = z.strictObject({
  label: label(),
  mode: described(
    z._default(z.enum(['invitations', 'open']), 'invitations'),
    'How the wave is answered: personal invitation links only, or the open link /s/{slug} only (anyone can send it many times, so it protects less). Fixed once opened.'
  ),
  opensOn: z.optional(day),
  closesOn: z.optional(day),
})

export const closeWave = z.strictObject({ status: z.literal('closed') })

/** The most invitations one request may create per ministry, through the API or the dashboard. */
export const MAX_INVITATIONS_PER_MINISTRY = 500

const invitationBatch = z.strictObject({
  ministry: z.string().check(z.minLength(1), z.maxLength(200)),
  count: z.number().check(z.int(), z.gte(1), z.lte(MAX_INVITATIONS_PER_MINISTRY)),
})

export const createInvitations = z.union([
  invitationBatch,
  z.strictObject({ invitations: z.array(invitationBatch).check(z.minLength(1), z.maxLength(30)) }),
])

export const setCodebook = z.strictObject({
  codebook: described(z.unknown(), 'A codebook (analysis/coding/schema.ts) with its own version.'),
})

export const createToken = z.strictObject({
  label: label(),
  role: z.enum(['researcher', 'admin']),
})

export const waveQuery = z.object({
  wave: described(
    z.optional(z.string().check(z.maxLength(64))),
    'Wave id; the latest wave when absent.'
  ),
  format: z.optional(z.enum(['json', 'csv'])),
  lang: z.optional(z.enum(['de', 'en'])),
})

export const apiError = z.object({
  error: z.object({
    status: z.number().check(z.int()),
    message: z.string(),
    fields: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  }),
})

export { formDefinition }
