import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test'
import { app } from '../../worker/index.tsx'
import { clientAddress, ORIGIN } from './helpers.ts'

/**
 * The transient errors D1 documents (developers.cloudflare.com/d1/observability/debug-d1),
 * each of which a Worker must survive by retrying later.
 */
export const D1_ERRORS = {
  overloaded: 'D1_ERROR: D1 DB is overloaded. Requests queued for too long.',
  queueFull: 'D1_ERROR: D1 DB is overloaded. Too many requests queued.',
  network: 'D1_ERROR: Network connection lost.',
  reset: 'D1_ERROR: D1 DB reset because its code was updated.',
  storageTimeout:
    'D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.',
  unresolved: 'D1_ERROR: Cannot resolve D1 DB due to transient issue on remote node.',
} as const

/** D1 errors that come back however often the request is retried: a fault in the Worker. */
export const PERMANENT_D1_ERRORS = {
  noSuchTable: 'D1_ERROR: no such table: sealed_pool: SQLITE_ERROR',
  constraint: 'D1_ERROR: UNIQUE constraint failed: invitations.token_hash: SQLITE_CONSTRAINT',
  syntax: 'D1_ERROR: near "INSERTZ": syntax error at offset 0: SQLITE_ERROR',
} as const

export interface Fault {
  /** Statements whose SQL matches fail; a batch fails when any of its statements matches. */
  failOn: RegExp
  /** Only statements with this value among their bound parameters fail. */
  boundTo?: string | number
  message?: string
  /** Let this many matching calls (statements, with `midBatch`) through before failing. */
  after?: number
  /**
   * Fail inside the batch: the matching statement is swapped for one D1 itself fails on, so
   * the statements before it really run and it is D1's transaction that has to undo them.
   */
  midBatch?: boolean
}

/** What a faulty database did: the SQL of each call it failed. */
export interface FaultLog {
  failed: string[]
}

type Known = { sql: string; values: unknown[]; statement: D1PreparedStatement }

/**
 * Wraps the real D1 binding so that chosen statements fail the way D1 fails; everything
 * else goes to the real database, so what was written before the fault really is written.
 */
export function faultyDb(db: D1Database, fault: Fault, log: FaultLog = { failed: [] }) {
  const { failOn, boundTo, message = D1_ERRORS.overloaded } = fault
  let passes = fault.after ?? 0
  // Each wrapped statement's SQL and bindings, and the real statement D1's batch needs.
  const known = new WeakMap<object, Known>()
  const matches = (s: Pick<Known, 'sql' | 'values'>) =>
    failOn.test(s.sql) && (boundTo === undefined || s.values.includes(boundTo))
  /** Whether this call (of one statement or a batch of them) is the one to fail. */
  const strikes = (statements: Pick<Known, 'sql' | 'values'>[]) => {
    if (!statements.some(matches)) return false
    if (passes > 0) {
      passes--
      return false
    }
    log.failed.push(statements.map((s) => s.sql).join('; '))
    return true
  }
  const wrap = (statement: D1PreparedStatement, sql: string, values: unknown[] = []) => {
    const wrapped = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'bind') return (...bound: unknown[]) => wrap(target.bind(...bound), sql, bound)
        const value = Reflect.get(target, prop)
        if (typeof value !== 'function') return value
        if (prop === 'run' || prop === 'all' || prop === 'first' || prop === 'raw')
          return async (...args: unknown[]) => {
            if (strikes([{ sql, values }])) throw new Error(message)
            return value.apply(target, args)
          }
        return value.bind(target)
      },
    })
    known.set(wrapped, { sql, values, statement })
    return wrapped
  }
  const batch = async (target: D1Database, statements: D1PreparedStatement[]) => {
    const entries = statements.map((s) => known.get(s) ?? { sql: '', values: [], statement: s })
    const real = entries.map((e) => e.statement)
    if (!fault.midBatch) {
      if (strikes(entries)) throw new Error(message)
      return target.batch(real)
    }
    const at = entries.findIndex((e) => strikes([e]))
    if (at < 0) return target.batch(real)
    // Malformed JSON fails when the statement runs, after the ones before it ran.
    real[at] = target.prepare(`SELECT json('{')`)
    try {
      return await target.batch(real)
    } catch {
      throw new Error(message)
    }
  }
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => wrap(target.prepare(sql), sql)
      if (prop === 'batch') return (statements: D1PreparedStatement[]) => batch(target, statements)
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/**
 * A request through the real app, its D1 binding (or other bindings) swapped, answered once
 * the work it left running (a flush) is done.
 */
export async function fetchWith(
  db: D1Database,
  path: string,
  init: RequestInit = {},
  bindings: Partial<Env> = {}
) {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${ORIGIN}${path}`, init),
    { ...env, DB: db, ...bindings },
    ctx
  )
  await waitOnExecutionContext(ctx)
  return res
}

/** A form post through the real app, its D1 binding swapped for `db`, from an address of its own. */
export const postWith = (
  db: D1Database,
  path: string,
  fields: [string, string][],
  bindings: Partial<Env> = {}
) =>
  fetchWith(
    db,
    path,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: ORIGIN,
        'cf-connecting-ip': clientAddress(),
      },
      body: new URLSearchParams(fields).toString(),
    },
    bindings
  )

/** A submit through the real app whose D1 fails on the batch that pools the submit. */
export const submitWithFailingStore = (path: string, fields: [string, string][]) =>
  postWith(faultyDb(env.DB, { failOn: /INSERT INTO sealed_pool/ }), path, fields)

/**
 * The real send_email binding, failing the first `failures` sends the way an unavailable
 * Email Routing does, and recording the recipient of every message it let through.
 */
export function flakyMail(real: SendEmail, failures: number) {
  const delivered: string[] = []
  let left = failures
  const binding = {
    async send(message: EmailMessage) {
      if (left > 0) {
        left--
        throw new Error('Email Routing unavailable')
      }
      await real.send(message)
      delivered.push(message.to)
    },
  } as unknown as SendEmail
  return { binding, delivered }
}
