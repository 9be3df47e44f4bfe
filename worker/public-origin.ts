/**
 * The origin absolute links start with, from the `PUBLIC_ORIGIN` var and never from the
 * request: a forged Host header would otherwise send invitation links, token and all, to
 * whoever forged it. A value that is not a bare http(s) origin is a configuration error.
 */
export function publicOrigin(env: Pick<Env, 'PUBLIC_ORIGIN'>): string {
  const url = URL.parse(env.PUBLIC_ORIGIN)
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.origin !== env.PUBLIC_ORIGIN.replace(/\/$/, '')
  )
    throw new Error('PUBLIC_ORIGIN must be an origin such as https://lernraum.example')
  return url.origin
}
