import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { messagesFor } from '../forms/messages/index.ts'
import { MessagePage } from '../forms/pages/Layout.tsx'
import type { AppEnv } from './app-env.ts'
import { isStorageFault, RETRY_AFTER_SECONDS } from './storage-fault.ts'

type Reason = keyof ReturnType<typeof messagesFor>['badRequest']

/** A request we refuse with a plain sentence in the participant's language. */
export class Refusal extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly reason: Exclude<Reason, 'title' | 'back'>
  ) {
    super(status)
  }
}

/**
 * Every error becomes a page in the person's language and never a stack trace. The log line
 * carries the error's name and the route only: a message could quote an answer or a token.
 */
export function renderError(err: Error, c: Context<AppEnv>) {
  const m = c.var.m ?? messagesFor('de')
  if (err instanceof HTTPException) {
    const reason =
      err instanceof Refusal ? err.reason : err.status === 403 ? 'forbidden' : 'generic'
    return c.html(
      <MessagePage
        m={m}
        title={m.badRequest.title}
        body={m.badRequest[reason]}
        about={c.var.about}
      />,
      err.status as ContentfulStatusCode
    )
  }
  console.error(`lernraum: ${err.name} on ${c.req.method} ${c.req.routePath}`)
  if (isStorageFault(err)) {
    c.header('Retry-After', RETRY_AFTER_SECONDS)
    return c.html(
      <MessagePage
        m={m}
        title={m.unavailable.title}
        body={m.unavailable.body}
        about={c.var.about}
      />,
      503
    )
  }
  return c.html(
    <MessagePage m={m} title={m.serverError.title} body={m.serverError.body} about={c.var.about} />,
    500
  )
}

export const renderNotFound = (c: Context<AppEnv>) =>
  c.html(
    <MessagePage m={c.var.m} title={c.var.m.notFound.title} body={c.var.m.notFound.body} />,
    404
  )
