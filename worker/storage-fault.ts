/**
 * D1's transient failures, as its error list documents them (developers.cloudflare.com/d1/
 * observability/debug-d1, those whose recommended action is to retry): the request may
 * succeed in a moment, so they are answered 503 with Retry-After. Every other error, a
 * `D1_ERROR` too ("no such table", a constraint, a syntax error), will fail the same way
 * again and is a 500: a 503 would tell clients to retry forever.
 */
const TRANSIENT_D1 = [
  'Network connection lost',
  'D1 DB is overloaded',
  'reset because its code was updated',
  'storage caused object to be reset',
  'storage operation exceeded timeout which caused object to be reset',
  'Cannot resolve D1 DB due to transient issue',
  'Internal error while starting up D1 DB storage',
  "Can't read from request stream because client disconnected",
  'exceeded its memory limit and was reset',
]

// Matched anywhere in the message: the runtime may throw some without the D1_ERROR prefix.
export const isStorageFault = (err: Error) => TRANSIENT_D1.some((m) => err.message.includes(m))

export const RETRY_AFTER_SECONDS = '5'
