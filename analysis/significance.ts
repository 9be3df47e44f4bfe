/**
 * Whether a change between two waves' published figures can be chance: Welch's t-test for
 * means (the waves' groups differ in size and spread), a two-proportion z-test for shares,
 * and Holm's correction for the number of changes one report tests at once.
 */

export interface Sample {
  n: number
  mean: number
  sd: number
}

/** The 5 % level every test of a report is held to, after Holm's correction. */
export const ALPHA = 0.05

/** Two-sided p of Welch's t-test; `undefined` where a group has fewer than two answers. */
export function welchP(a: Sample, b: Sample): number | undefined {
  if (a.n < 2 || b.n < 2) return undefined
  const va = (a.sd * a.sd) / a.n
  const vb = (b.sd * b.sd) / b.n
  const diff = a.mean - b.mean
  if (va + vb === 0) return diff === 0 ? 1 : 0
  const t = diff / Math.sqrt(va + vb)
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1))
  return studentTwoSided(t, df)
}

/** Two-sided p of the pooled two-proportion z-test of shares `p1` of `n1` and `p2` of `n2`. */
export function proportionsP(p1: number, n1: number, p2: number, n2: number): number | undefined {
  if (n1 < 1 || n2 < 1) return undefined
  const pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
  if (se === 0) return p1 === p2 ? 1 : 0
  return erfc(Math.abs(p1 - p2) / se / Math.SQRT2)
}

/**
 * Holm's step-down correction: which p values stay significant at `alpha` when all of them
 * are tested together. Untested ones (`undefined`) stay untested.
 */
export function holm(ps: (number | undefined)[], alpha = ALPHA): (boolean | undefined)[] {
  const tested = ps.flatMap((p, i) => (p === undefined ? [] : [{ p, i }])).sort((a, b) => a.p - b.p)
  const result: (boolean | undefined)[] = ps.map(() => undefined)
  let rejecting = true
  tested.forEach(({ p, i }, rank) => {
    rejecting &&= p <= alpha / (tested.length - rank)
    result[i] = rejecting
  })
  return result
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2). */
function studentTwoSided(t: number, df: number): number {
  return incompleteBeta(df / (df + t * t), df / 2, 0.5)
}

/** The complementary error function (Numerical Recipes' erfcc, relative error < 1.2e-7). */
function erfc(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + z / 2)
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  const r = t * Math.exp(poly)
  return x >= 0 ? r : 2 - r
}

/** ln Γ(x) by Lanczos' approximation (g = 7, nine terms). */
function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ]
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x)
  x -= 1
  let a = c[0]
  const t = x + 7.5
  for (let i = 1; i < 9; i++) a += c[i] / (x + i)
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a)
}

/** The regularized incomplete beta function I_x(a, b), by its continued fraction. */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0
  if (x >= 1) return 1
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x)
  )
  // The fraction converges fast only below the mean; above it, use I_x(a,b) = 1 − I_{1−x}(b,a).
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a)
  return (front * betaFraction(x, a, b)) / a
}

/** The continued fraction of the incomplete beta function, by the modified Lentz method. */
function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-30
  let c = 1
  let d = 1 - ((a + b) * x) / (a + 1)
  if (Math.abs(d) < tiny) d = tiny
  d = 1 / d
  let h = d
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m
    for (const aa of [
      (m * (b - m) * x) / ((a + m2 - 1) * (a + m2)),
      (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1)),
    ]) {
      d = 1 + aa * d
      if (Math.abs(d) < tiny) d = tiny
      c = 1 + aa / c
      if (Math.abs(c) < tiny) c = tiny
      d = 1 / d
      h *= d * c
    }
    if (Math.abs(d * c - 1) < 1e-12) break
  }
  return h
}
