import { ministries } from '../analysis/ministries.ts'

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Ministries by name (German or English) or by abbreviation as a word, and any BM… or Ministerium. */
const ministryPatterns = [
  ...ministries
    .filter((m) => m.abbr !== 'other')
    .flatMap((m) => [
      new RegExp(escape(m.name), 'i'),
      new RegExp(escape(m.nameEn), 'i'),
      new RegExp(`(^|[^0-9A-Za-z])${escape(m.abbr)}([^0-9A-Za-z]|$)`),
    ]),
  /(^|[^0-9A-Za-z])BM[A-Z][A-Za-z]*/,
  /ministerium/i,
]

/** A run of 20+ token symbols that mixes digits and letters or both cases: random, not a word. */
const tokenLike = (line: string) =>
  (line.match(/[0-9A-Za-z]{20,}/g) ?? []).some(
    (run) =>
      (/\d/.test(run) && /[A-Za-z]/.test(run)) ||
      ((run.match(/[A-Z]/g)?.length ?? 0) >= 5 && (run.match(/[a-z]/g)?.length ?? 0) >= 5)
  )

/**
 * The log lines that give away what must never reach a log: one of `texts` (answers a test
 * sent), an invitation link, an API token, an Access JWT, any other token-like string, or a
 * ministry. Each
 * comes back as `what: line`. Used by the workerd suite and for `wrangler dev`'s output.
 */
export function leaksIn(lines: string[], texts: string[]): string[] {
  // Compared line by line, as the log is: an answer of several lines is looked for per line.
  const parts = texts.flatMap((t) => t.split('\n')).filter((t) => t.trim().length > 0)
  return lines.flatMap((line) => {
    const what = [
      // An invitation link carries its token in the path, as a request log would print it.
      /\/i\/[0-9A-Za-z]{8,}/.test(line) && 'an invitation link',
      /lr_[0-9A-Za-z]{4,}/.test(line) && 'an API token',
      /eyJ[\w-]{4,}\.[\w-]{4,}/.test(line) && 'an Access JWT',
      tokenLike(line) && 'a token-like string',
      ministryPatterns.some((p) => p.test(line)) && 'a ministry',
      parts.some((t) => line.includes(t)) && 'an answer',
    ].filter(Boolean)
    return what.length ? [`${what.join(', ')}: ${line}`] : []
  })
}
