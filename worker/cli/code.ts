import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import {
  explainAnswer,
  compileCodebook,
  loadCodebook,
  type Codebook,
  type CompiledCodebook,
  type Lang,
  type Side,
} from '../../analysis/coding/index.ts'
import shippedJson from '../assets/codebooks/default.v1.json' with { type: 'json' }

/** The codebook a survey is coded with when it names none, as the Worker reads it. */
const SHIPPED_CODEBOOK_FILE = 'worker/assets/codebooks/default.v1.json'

type Coded =
  | {
      themes: string[]
      polarity: Record<string, string>
      signals: Record<string, string[]>
      from: Record<string, string>
    }
  | { error: string }
const SIDES = ['enabler', 'barrier']

/**
 * `code [--codebook FILE] [--lang de|en]`: codes JSON lines `{"text": "…"}` from stdin with the
 * same code as the Worker and writes one JSON line per input line, so a researcher can try a
 * codebook on sample answers. A line that is not such an object gets `{"error": …}` in its
 * place, and the command exits with 1 once all lines are done.
 */
export async function codeCommand(flags: { codebook?: string; lang?: string }) {
  const lang = parseLang(flags.lang)
  const compiled = compileCodebook(readCodebook(flags.codebook))
  let failed = 0
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue
    const coded = codeLine(compiled, line, lang)
    if ('error' in coded) failed++
    process.stdout.write(`${JSON.stringify(coded)}\n`)
  }
  if (failed) {
    console.error(`lernraum: ${failed} input line(s) were not {"text": "…"}`)
    process.exitCode = 1
  }
}

function parseLang(lang: string | undefined): Lang | undefined {
  if (lang === undefined || lang === 'de' || lang === 'en') return lang
  throw new Error('--lang must be de or en')
}

export function readCodebook(file: string | undefined): Codebook {
  if (!file) return loadCodebook(SHIPPED_CODEBOOK_FILE, shippedJson)
  return loadCodebook(file, readJson(file))
}

export function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`)
  }
}

function codeLine(compiled: CompiledCodebook, line: string, lang: Lang | undefined): Coded {
  let input: unknown
  try {
    input = JSON.parse(line)
  } catch (err) {
    return { error: `not JSON: ${(err as Error).message}` }
  }
  const { text, side } = (input ?? {}) as { text?: unknown; side?: unknown }
  if (typeof input !== 'object' || Array.isArray(input) || typeof text !== 'string')
    return { error: 'expected an object with a string "text"' }
  if (side !== undefined && side !== null && !SIDES.includes(side as string))
    return { error: '"side" must be "enabler", "barrier" or null' }
  const themes = explainAnswer(compiled, text, { lang, side: side as Side | null | undefined })
  const by = <T>(f: (t: (typeof themes)[number]) => T) =>
    Object.fromEntries(themes.map((t) => [t.theme, f(t)]))
  return {
    themes: themes.map((t) => t.theme),
    polarity: by((t) => t.polarity),
    signals: by((t) => t.signals),
    from: by((t) => t.from),
  }
}
