import { leaksIn as findLeaks } from '../log-leaks.ts'
import { attacks } from './fuzz-helpers.ts'
import { validPulse } from './helpers.ts'

/** Every line written to the console in this isolate, and texts a test asked to look for. */
export interface LogCapture {
  lines: string[]
  secrets: string[]
}

const LEVELS = ['log', 'info', 'warn', 'error', 'debug'] as const
const KEY = Symbol.for('lernraum.logCapture')

const textOf = (arg: unknown): string => {
  if (typeof arg === 'string') return arg
  if (arg instanceof Error) return arg.stack ?? `${arg.name}: ${arg.message}`
  try {
    return JSON.stringify(arg) ?? String(arg)
  } catch {
    return String(arg)
  }
}

/**
 * Records every console line the tests and the Worker write (both run in this isolate), and
 * still writes it: a failing test keeps its diagnostics. Installed once per isolate, as
 * setup files may run more than once.
 */
export function captureLogs(): LogCapture {
  const global = globalThis as { [KEY]?: LogCapture }
  if (global[KEY]) return global[KEY]
  const capture: LogCapture = { lines: [], secrets: [] }
  for (const level of LEVELS) {
    const write = console[level]
    console[level] = (...args: unknown[]) => {
      capture.lines.push(...args.map(textOf).join(' ').split('\n'))
      write.apply(console, args)
    }
  }
  return (global[KEY] = capture)
}

/** Adds texts (answers a test submits, say) to what no log line may contain. */
export const forbidInLogs = (...texts: string[]) => void captureLogs().secrets.push(...texts)

/** The free-text answers the tests submit most: the valid pulse's texts and the attack strings. */
const submittedTexts = [
  ...validPulse.filter(([name]) => name === 'helped' || name === 'hindered').map(([, v]) => v),
  ...attacks,
]

/** The lines that leak an answer (the usual ones and `secrets`), a token or a ministry. */
export const leaksIn = (lines: string[], secrets: string[] = []) =>
  findLeaks(lines, [...submittedTexts, ...secrets])
