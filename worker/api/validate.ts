import { zValidator } from '@hono/zod-validator'
import type { ZodMiniType } from '../../forms/zod.ts'

export type FieldProblem = { path: string; message: string }

export const fieldProblems = (issues: { path: PropertyKey[]; message: string }[]): FieldProblem[] =>
  issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }))

/** zValidator whose failures answer 400 with every bad field named, in the API's error shape. */
export const validated = <T extends ZodMiniType, Target extends 'json' | 'query'>(
  target: Target,
  schema: T
) =>
  zValidator(target, schema, (result, c) => {
    if (!result.success)
      return c.json(
        {
          error: {
            status: 400,
            message: `Invalid ${target === 'json' ? 'body' : 'query'}.`,
            fields: fieldProblems(result.error.issues),
          },
        },
        400
      )
  })
