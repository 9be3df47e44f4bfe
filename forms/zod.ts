// Every schema of the Worker is built from here. zod/mini instead of classic zod: classic
// attaches every method to every schema, so nothing of it tree-shakes, and the bundle has a
// budget of 100 KB gzip (test/bench/rows.ts). zod/mini brings no messages of its own, so this
// module also installs zod's English ones.
import * as z from 'zod/mini'

const units: Record<string, string> = { string: 'characters', array: 'items' }
const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : `${value}`)
const joined = (values: readonly unknown[], separator: string) => values.map(quoted).join(separator)

/** The type zod names for a value: `z.util.parsedType` with the locale's names for numbers. */
function typeName(input: unknown): string {
  if (typeof input === 'number') return Number.isFinite(input) ? 'number' : `${input}`
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  if (
    typeof input === 'object' &&
    Object.getPrototypeOf(input) !== Object.prototype &&
    'constructor' in input &&
    input.constructor
  )
    return (input.constructor as { name: string }).name
  return typeof input
}

/**
 * The words of zod's English locale (zod/v4/locales/en.js, which classic zod loads) for the
 * issues our schemas can raise; the whole locale costs about 1.2 KB gzip of the bundle, and
 * `z.util` as a value would keep all of zod's util module.
 * Admins read these in definition and codebook errors and API clients in 400 answers, so they
 * stay as they were; test/workers/zod-messages.test.ts holds them to the locale.
 */
export function englishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `Invalid input: expected ${issue.expected}, received ${typeName(issue.input)}`
    case 'invalid_value':
      return issue.values.length === 1
        ? `Invalid input: expected ${quoted(issue.values[0])}`
        : `Invalid option: expected one of ${joined(issue.values, '|')}`
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big'
      const bound = big ? issue.maximum : issue.minimum
      const adj = issue.exact ? 'exactly ' : `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}`
      const unit = units[issue.origin]
      return `Too ${big ? 'big' : 'small'}: expected ${issue.origin} to ${unit ? 'have' : 'be'} ${adj}${bound}${unit ? ` ${unit}` : ''}`
    }
    case 'invalid_format':
      return issue.format === 'regex'
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${issue.format}`
    case 'unrecognized_keys':
      return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${joined(issue.keys, ', ')}`
    case 'invalid_union': {
      const options = issue.options as unknown[] | undefined
      return options?.length
        ? `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(' | ')}`
        : 'Invalid input'
    }
    default:
      return 'Invalid input'
  }
}

z.config({ localeError: englishMessage })

export * from 'zod/mini'
