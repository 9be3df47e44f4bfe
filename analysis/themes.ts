import type { Localized } from '../forms/schema.ts'
import { round } from './stats.ts'
import { suppressSmallCell, type Shown } from './suppression.ts'

/** One free-text answer with the themes coded in it. */
export interface CodedText {
  text: string
  side?: 'enabler' | 'barrier'
  themes: { theme: string; polarity: 'positive' | 'negative' }[]
}

export interface ThemeInfo {
  id: string
  side: 'enabler' | 'barrier'
  label: Localized
}

export interface ThemeStats {
  /** Answers that mention the theme, and those that mention it negated ("kein Vertrauen"). */
  mentions: number
  negative: number
  /** Share of all free-text answers of the wave that mention the theme. */
  share: number
  change?: Shown<{ share: number; significant?: boolean }>
}

export interface ThemeFinding extends ThemeInfo {
  result: Shown<ThemeStats>
}

/** Per theme the answers that mention it and those that mention it negated; `answers` in all. */
export interface ThemeTally {
  answers: number
  mentions: Record<string, [mentions: number, negative: number]>
}

/**
 * Themes ranked by the share of free-text answers that mention them, split by side, with the
 * change against the previous wave. Shares are shown only for at least `k` answers.
 */
export function rankThemes(
  themes: ThemeInfo[],
  tally: ThemeTally,
  previous: ThemeTally | null,
  k: number
) {
  const n = tally.answers
  const findings = themes.map((theme): ThemeFinding => {
    const result = suppressSmallCell(n, k, (): ThemeStats => {
      const [mentions, negative] = tally.mentions[theme.id] ?? [0, 0]
      const share = round(mentions / n, 3)
      const stats: ThemeStats = { mentions, negative, share }
      if (previous)
        stats.change = suppressSmallCell(previous.answers, k, () => ({
          share: round(share - (previous.mentions[theme.id]?.[0] ?? 0) / previous.answers, 3),
        }))
      return stats
    })
    return { ...theme, result }
  })
  const byShare = (a: ThemeFinding, b: ThemeFinding) =>
    (b.result.shown ? b.result.value.share : 0) - (a.result.shown ? a.result.value.share : 0) ||
    a.id.localeCompare(b.id)
  return {
    answers: suppressSmallCell(n, k, () => n),
    enablers: findings.filter((f) => f.side === 'enabler').sort(byShare),
    barriers: findings.filter((f) => f.side === 'barrier').sort(byShare),
  }
}
