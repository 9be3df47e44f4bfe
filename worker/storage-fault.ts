/**
 * D1's transient failures (overloaded, connection lost, object reset): the request may
 * succeed in a moment, so they are answered 503 with Retry-After rather than 500.
 */
export const isStorageFault = (err: Error) =>
  /^D1_ERROR|D1 DB|Network connection lost/.test(err.message)

export const RETRY_AFTER_SECONDS = '5'
