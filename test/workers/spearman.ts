/** Spearman's rank correlation of two sequences without ties. */
export function spearman(a: number[], b: number[]): number {
  const rank = (xs: number[]) => {
    const sorted = xs.map((x, i) => [x, i]).sort((p, q) => p[0] - q[0])
    const r = new Array<number>(xs.length)
    sorted.forEach(([, i], pos) => (r[i] = pos))
    return r
  }
  const ra = rank(a)
  const rb = rank(b)
  const n = a.length
  const d2 = ra.reduce((sum, r, i) => sum + (r - rb[i]) ** 2, 0)
  return 1 - (6 * d2) / (n * (n * n - 1))
}
