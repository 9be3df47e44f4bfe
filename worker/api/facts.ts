import type { MiddlewareHandler } from 'hono'
import type { ZodMiniType } from '../../forms/zod.ts'
import type { Role } from '../db/tokens.ts'

/** The parts of /api the document is organised by: one per sub-app. */
export type Tag =
  | 'ministries'
  | 'surveys'
  | 'waves'
  | 'invitations'
  | 'findings'
  | 'codebooks'
  | 'tokens'
  | 'reports'

/** What a route answers when it succeeds, and what it is for. */
export interface Operation {
  operationId: string
  tag: Tag
  summary: string
  status: 200 | 201 | 204
  response?: ZodMiniType
  example?: unknown
  /** Other representations of the same answer, chosen by `Accept` or `?format=`. */
  formats?: ('text/csv' | 'text/html')[]
}

/** Refusals a route or middleware makes of its own, each with why it happens. */
export type Refuses = Partial<Record<400 | 404 | 409, string>>

/**
 * What a handler in a route's chain tells the OpenAPI document. The document is built from
 * the chain each route really runs (worker/api/endpoints.ts), so the guard, the validator and
 * the survey loader describe themselves and a route cannot be documented without them.
 */
export interface Facts {
  operation?: Operation
  role?: Role
  json?: ZodMiniType
  query?: ZodMiniType
  refuses?: Refuses
}

const FACTS = Symbol('openapi facts')

/** The same middleware, carrying what it means for the document. */
export const annotate = <M extends MiddlewareHandler<any, any, any>>(handler: M, facts: Facts) =>
  Object.assign(handler, { [FACTS]: facts })

export const factsOf = (handler: unknown): Facts | undefined =>
  typeof handler === 'function' ? (handler as { [FACTS]?: Facts })[FACTS] : undefined

/**
 * Declares a route's operation; put it first in the chain, right after the path. It does
 * nothing at request time.
 */
export const describeRoute = (operation: Operation): MiddlewareHandler =>
  annotate(async (_c, next) => next(), { operation })

/** A route's own refusals, beyond those of its guard, validator and loader. */
export const refuses = (refusals: Refuses): MiddlewareHandler =>
  annotate(async (_c, next) => next(), { refuses: refusals })
