import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { runWrangler } from '../../worker/cli/local.ts'
import { tempDir } from './cleanup.ts'

export interface Weight {
  raw: number
  gzip: number
  brotli: number
}

export interface PageWeight extends Weight {
  stylesheets: string[]
}

/** The form page and its stylesheet as a browser first loads them, each compressed alone. */
export async function formPageWeight(pageUrl: string): Promise<PageWeight> {
  const html = await fetchText(pageUrl)
  const stylesheets = stylesheetHrefs(html)
  if (stylesheets.length === 0) throw new Error(`${pageUrl} links no stylesheet`)
  const css = await Promise.all(stylesheets.map((href) => fetchText(new URL(href, pageUrl))))
  return { stylesheets, ...sum([html, ...css].map(weigh)) }
}

/** The minified bundle `wrangler deploy` would upload, gzipped as Cloudflare counts it. */
export async function bundleWeight(): Promise<Weight> {
  const outdir = await tempDir('bundle')
  await runWrangler(['deploy', '--dry-run', '--outdir', outdir])
  const files = (await readdir(outdir, { recursive: true })).filter((f) => /\.m?js$/.test(f))
  if (files.length === 0) throw new Error('wrangler deploy --dry-run wrote no .js file')
  return sum(await Promise.all(files.map(async (f) => weigh(await readFile(path.join(outdir, f))))))
}

async function fetchText(url: string | URL): Promise<string> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`)
  return res.text()
}

function stylesheetHrefs(html: string): string[] {
  const links = html.match(/<link\b[^>]*>/gi) ?? []
  return links
    .filter((tag) => /\brel=["']?stylesheet\b/i.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1])
    .filter((href): href is string => href !== undefined)
}

function weigh(content: string | Buffer): Weight {
  const bytes = Buffer.from(content)
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    brotli: brotliCompressSync(bytes).length,
  }
}

const sum = (weights: Weight[]): Weight =>
  weights.reduce((a, b) => ({
    raw: a.raw + b.raw,
    gzip: a.gzip + b.gzip,
    brotli: a.brotli + b.brotli,
  }))
