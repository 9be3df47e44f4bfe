/** Descriptive statistics of a sample of numbers, with a 95 % confidence interval of the mean. */
export interface Summary {
  n: number
  mean: number
  sd: number
  ci95: [number, number]
}

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: exact table values for
 * small samples, where the normal approximation is far off, and a Cornish–Fisher expansion
 * above (error below 0.001 from df 30).
 */
export function tQuantile975(df: number): number {
  const table = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16,
    2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052,
    2.048, 2.045,
  ]
  if (df < 1) return NaN
  if (df <= table.length) return table[df - 1]
  const z = 1.959964
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2)
}

/**
 * The summary of a sample given by its size, sum and sum of squares: what a tally keeps, so a
 * report can be brought up to date without the answers behind it.
 */
export function summarizeSums(n: number, sum: number, sumSq: number): Summary {
  const mean = sum / n
  // Rounding can take the difference a hair below zero where all values are alike.
  const variance = n > 1 ? Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)) : 0
  const sd = Math.sqrt(variance)
  const half = n > 1 ? (tQuantile975(n - 1) * sd) / Math.sqrt(n) : 0
  return { n, mean, sd, ci95: [mean - half, mean + half] }
}

/**
 * The summary and share agreeing of the scores in a tally (`ScoreTally`): each total over
 * `c` answers is a score of total / c, taken in the order of `c` so the result depends on
 * the tally alone.
 */
export function summarizeScores(tally: Record<string, [number, number, number, number]>): {
  summary: Summary
  agreeing: number
} {
  let [n, sum, sumSq, agree] = [0, 0, 0, 0]
  for (const c of Object.keys(tally)
    .map(Number)
    .sort((a, b) => a - b)) {
    const cell = tally[c]
    n += cell[0]
    sum += cell[1] / c
    sumSq += cell[2] / (c * c)
    agree += cell[3]
  }
  return { summary: summarizeSums(n, sum, sumSq), agreeing: n > 0 ? agree / n : 0 }
}

export function summarize(values: number[]): Summary {
  let [sum, sumSq] = [0, 0]
  for (const v of values) [sum, sumSq] = [sum + v, sumSq + v * v]
  return summarizeSums(values.length, sum, sumSq)
}

/** Rounds for output: figures are estimates, more digits would only suggest precision. */
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits
