import * as z from 'zod'
import { formDefinition } from '../../forms/schema.ts'

/** Request and response schemas of /api: they validate requests and generate the OpenAPI document. */
export const createSurvey = z
  .object({
    definition: z
      .unknown()
      .describe('A form definition (see forms/schema.ts); its version is set by the server.'),
    hideOpenCounts: z
      .boolean()
      .default(false)
      .describe('Hide counts of an open wave until it closes.'),
  })
  .strict()

export const editSurvey = z.object({ definition: z.unknown() }).strict()

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')

export const openWave = z
  .object({
    label: z.string().trim().min(1).max(80),
    opensOn: day.optional(),
    closesOn: day.optional(),
  })
  .strict()

export const closeWave = z.object({ status: z.literal('closed') }).strict()

const invitationBatch = z
  .object({ ministry: z.string().min(1).max(200), count: z.number().int().min(1).max(500) })
  .strict()

export const createInvitations = z.union([
  invitationBatch,
  z.object({ invitations: z.array(invitationBatch).min(1).max(30) }).strict(),
])

export const setCodebook = z
  .object({
    codebook: z.unknown().describe('A codebook (analysis/coding/schema.ts) with its own version.'),
  })
  .strict()

export const createToken = z
  .object({ label: z.string().trim().min(1).max(80), role: z.enum(['researcher', 'admin']) })
  .strict()

export const waveQuery = z.object({
  wave: z.string().max(64).optional().describe('Wave id; the latest wave when absent.'),
  format: z.enum(['json', 'csv']).optional(),
  lang: z.enum(['de', 'en']).optional(),
})

export const apiError = z.object({
  error: z.object({
    status: z.number().int(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
})

export { formDefinition }
