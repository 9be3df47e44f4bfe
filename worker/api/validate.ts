import { zValidator } from '@hono/zod-validator'
import type { ZodMiniType } from '../../forms/zod.ts'
import { ApiError } from './error.ts'
import { annotate } from './facts.ts'

export type FieldProblem = { path: string; message: string }

export const fieldProblems = (issues: { path: PropertyKey[]; message: string }[]): FieldProblem[] =>
  issues.map((i) => ({ path: i.path.map(String).join('.') || '(body)', message: i.message }))

/** zValidator whose failures answer 400 with every bad field named, in the API's error shape. */
export const validated = <T extends ZodMiniType, Target extends 'json' | 'query'>(
  target: Target,
  schema: T
) =>
  annotate(
    zValidator(target, schema, (result) => {
      if (!result.success)
        throw new ApiError(
          400,
          `Invalid ${target === 'json' ? 'body' : 'query'}.`,
          fieldProblems(result.error.issues)
        )
    }),
    { [target]: schema }
  )
