/**
 * Reads a JSON file of worker/assets (wrangler.toml `[assets]`): static data kept out of the
 * Worker's script, which counts against the bundle budget. The binding ignores the host; the
 * path names the file.
 */
export async function fetchAssetJson<T>(assets: Fetcher, path: string): Promise<T> {
  const res = await assets.fetch(new URL(path, 'https://assets.invalid'))
  if (!res.ok) throw new Error(`asset ${path} answered ${res.status}`)
  return res.json<T>()
}

/**
 * The JSON file at `path`, read once per isolate; a failed read is not kept, so the next call
 * tries again.
 */
export function assetJsonPerIsolate<T>(path: string): (assets: Fetcher) => Promise<T> {
  let kept: Promise<T> | undefined
  return (assets) => {
    if (kept) return kept
    const value = fetchAssetJson<T>(assets, path)
    value.catch(() => kept === value && (kept = undefined))
    return (kept = value)
  }
}
