import { env } from 'cloudflare:test'
import { app } from '../../worker/index.tsx'
import { ORIGIN } from './helpers.ts'

const OVERLOADED = 'D1_ERROR: Database is overloaded. Requests queued for too long.'

/**
 * Wraps the real D1 binding so that a batch touching a chosen table fails the way D1 fails
 * (its documented "D1_ERROR" messages); everything else goes to the real database.
 */
export function failingDb(db: D1Database, failOn: RegExp, message = OVERLOADED): D1Database {
  const sqlOf = new WeakMap<object, string>()
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare')
        return (sql: string) => {
          const statement = target.prepare(sql)
          sqlOf.set(statement, sql)
          // bind() returns a new statement, which must be known by its SQL too.
          const bind = statement.bind.bind(statement)
          statement.bind = (...values: unknown[]) => {
            const bound = bind(...values)
            sqlOf.set(bound, sql)
            return bound
          }
          return statement
        }
      if (prop === 'batch')
        return async (statements: D1PreparedStatement[]) => {
          if (statements.some((s) => failOn.test(sqlOf.get(s) ?? ''))) throw new Error(message)
          return target.batch(statements)
        }
      const value = Reflect.get(target, prop)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

/** A submit through the real app whose D1 fails on the batch that stores the response. */
export function submitWithFailingStore(path: string, fields: [string, string][]) {
  const req = new Request(`${ORIGIN}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
    body: new URLSearchParams(fields).toString(),
  })
  return app.fetch(req, { ...env, DB: failingDb(env.DB, /INSERT INTO responses/) })
}
