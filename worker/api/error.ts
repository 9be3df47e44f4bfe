import { HTTPException } from 'hono/http-exception'
import type { FieldProblem } from './validate.ts'

/** Every status /api refuses with; the OpenAPI document describes each of them. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503

/**
 * A refusal of /api. Routes throw it; the API's one onError renders it as
 * `{ error: { status, message, fields? } }`, so no route writes an error body by hand.
 */
export class ApiError extends HTTPException {
  constructor(
    readonly status: RefusalStatus,
    message: string,
    readonly fields?: FieldProblem[]
  ) {
    super(status, { message })
  }

  get body() {
    const { status, message, fields } = this
    return { error: fields ? { status, message, fields } : { status, message } }
  }
}

export const TOO_LARGE = 'The body is larger than 256 KB.'
export const UNAVAILABLE = 'Storage is briefly unavailable; nothing was changed. Try again shortly.'
