import type { RawAnswers } from '../forms/validate.ts'

export type PostProblem = 'contentType' | 'encoding'

/**
 * Reads an `application/x-www-form-urlencoded` body strictly: invalid UTF-8 or broken
 * percent-escapes are refused instead of being turned into replacement characters, so what
 * is stored is exactly what the person typed.
 */
export async function readFormPost(req: Request): Promise<RawAnswers | PostProblem> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return 'contentType'
  let body: string
  try {
    body = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
      await req.arrayBuffer()
    )
  } catch {
    return 'encoding'
  }
  const fields: RawAnswers = Object.create(null)
  for (const pair of body.split('&')) {
    if (pair === '') continue
    const eq = pair.indexOf('=')
    const [name, value] = eq < 0 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)]
    try {
      const key = decodeURIComponent(name.replace(/\+/g, ' '))
      ;(fields[key] ??= []).push(decodeURIComponent(value.replace(/\+/g, ' ')))
    } catch {
      return 'encoding'
    }
  }
  return fields
}
