import { compileCodebook, type CodedTheme } from '../../analysis/coding/index.ts'
import {
  codeDevSet,
  compareCodings,
  inSplit,
  loadDevSet,
  loadSecondPass,
  type DevSet,
  type LanguageAgreement,
  type Split,
} from '../../analysis/coding/dev-set.ts'
import type { Figure } from '../../analysis/coding/agreement.ts'
import { readCodebook, readJson } from './code.ts'

interface ScoreFlags {
  score: string
  split?: string
  codebook?: string
  'ignore-polarity'?: boolean
  misses?: boolean
  against?: string
}

/**
 * `code --score FILE [--split test|tune|all]`: codes a hand-coded development set with the
 * current coder and prints how far it agrees with the hand coding, per theme and language.
 * `--misses` lists the answers it got wrong, on the tune split only: the test split measures
 * and must not become a source of phrases. `--against PASS` measures a second person's coding
 * of the same answers instead of the coder: the agreement between two human coders.
 */
export function scoreCommand(flags: ScoreFlags) {
  const split = parseSplit(flags.split)
  // Two people's disagreements are resolved on every split; the coder's misses are for tuning.
  if (flags.misses && !flags.against && split !== 'tune')
    throw new Error('--misses lists the tune split only; add --split tune')
  const whole = loadDevSet(flags.score, readJson(flags.score))
  const codebook = readCodebook(flags.codebook)
  const passJson = flags.against && readJson(flags.against)
  const set = passJson ? codedTwice(whole, passJson) : whole
  const pass = flags.against && loadSecondPass(flags.against, passJson, set)
  const coded = codeDevSet(
    compileCodebook(codebook),
    inSplit(set, split),
    pass ? (a) => pass.get(a.id) ?? [] : undefined
  )
  const polarity = !flags['ignore-polarity']
  const themes = codebook.themes.map((t) => t.id)
  console.log(
    `${flags.score} against ${flags.against ?? 'the coder'}: split ${split}, codebook ${codebook.version}, ${polarity ? 'a theme agrees only with the same polarity' : 'polarity ignored'}`
  )
  for (const lang of compareCodings(themes, coded, { polarity })) console.log(languageTable(lang))
  if (flags.misses)
    for (const { answer, second } of coded) {
      const human = codesText(answer.codes)
      const other = codesText(second)
      if (human !== other)
        console.log(
          `${answer.id}  human: ${human}  ${pass ? 'second' : 'coder'}: ${other}\n    ${answer.text}`
        )
    }
}

/**
 * The answers a second pass is measured on: all, less those written for tuning after the blind
 * pass ("de-tune-001", see test/coding/README.md) that it does not code. Any other answer it
 * leaves out is still refused by `loadSecondPass`.
 */
function codedTwice(set: DevSet, passJson: unknown): DevSet {
  const { answers } = passJson as { answers?: { id?: unknown }[] }
  const coded = new Set(Array.isArray(answers) ? answers.map((a) => a?.id) : [])
  const kept = set.answers.filter((a) => coded.has(a.id) || !a.id.includes('-tune-'))
  if (kept.length < set.answers.length)
    console.log(`${set.answers.length - kept.length} tune answers written after the pass left out`)
  return { ...set, answers: kept }
}

function parseSplit(split: string | undefined): Split {
  if (split === undefined) return 'all'
  if (split === 'test' || split === 'tune' || split === 'all') return split
  throw new Error('--split must be test, tune or all')
}

const fixed = (f: Figure) => (f === null ? 'n/a' : f.toFixed(2))

const codesText = (codes: readonly CodedTheme[]) =>
  codes
    .map((c) => c.theme + (c.polarity === 'negative' ? '-' : ''))
    .sort()
    .join(' ') || '(none)'

function languageTable(lang: LanguageAgreement): string {
  const { micro } = lang
  const rows = lang.themes.map((t) =>
    [
      t.theme.padEnd(24),
      ...[t.first, t.second, t.confusion.tp, t.confusion.fp, t.confusion.fn].map((n) =>
        String(n).padStart(6)
      ),
      ...[t.precision, t.recall, t.f1, t.kappa].map((f) => fixed(f).padStart(6)),
    ].join('')
  )
  const worst = lang.themes
    .filter((t) => t.f1 !== null)
    .sort((a, b) => (a.f1 ?? 0) - (b.f1 ?? 0))
    .slice(0, 3)
    .map((t) => `${t.theme} ${fixed(t.f1)}`)
  return [
    '',
    `${lang.lang}: ${lang.answers} answers  micro P ${fixed(micro.precision)} R ${fixed(micro.recall)} F1 ${fixed(micro.f1)}  mean κ ${fixed(lang.meanKappa)}`,
    `${'theme'.padEnd(24)}${['human', 'coder', 'tp', 'fp', 'fn'].map((h) => h.padStart(6)).join('')}${['P', 'R', 'F1', 'κ'].map((h) => h.padStart(6)).join('')}`,
    ...rows,
    `worst F1: ${worst.join(', ')}; ${lang.polarityFlips} theme(s) found with the opposite polarity`,
  ].join('\n')
}
