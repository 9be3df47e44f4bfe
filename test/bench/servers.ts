import type { ChildProcess } from 'node:child_process'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import { ensureSealKey, root, wrangler } from '../../worker/cli/local.ts'
import { stop, track } from './cleanup.ts'
import { progress } from './report.ts'

export const lernraumConfig = path.join(root, 'wrangler.toml')
export const baselineConfig = (name: string) => path.join(import.meta.dirname, 'baseline', name)

export interface WorkerSpec {
  label: string
  config: string
  persistTo: string
  /** Any answer below 500 on this path means the worker is up. */
  readyPath: string
}

export interface RunningWorker {
  origin: string
  child: ChildProcess
  /** The end of what wrangler printed so far, for error messages. */
  output: () => string
}

/** Starts `wrangler dev` for a worker, serves it to `use`, and stops it again in any case. */
export async function withWorker<T>(
  spec: WorkerSpec,
  use: (worker: RunningWorker) => Promise<T>
): Promise<T> {
  const worker = await startWorker(spec)
  try {
    return await use(worker)
  } finally {
    await stop(worker.child)
  }
}

// The flags of startDevServer in worker/cli/local.ts (devServerArgs), with -c added and
// without its vars: links are read by their path only, and nothing here needs the CLI's
// identity check. The child is tracked from its spawn on, so an interrupt during start-up stops it too.
// Its environment is that of wrangler() there, local observability and explorer off.
async function startWorker(spec: WorkerSpec): Promise<RunningWorker> {
  progress(`${spec.label}: starting wrangler dev`)
  // Lernraum seals every submit under SEAL_KEY, read from the .dev.vars beside its config,
  // as startDevServer gives it one; the baselines and probes read no .dev.vars.
  if (spec.config === lernraumConfig) await ensureSealKey()
  const port = await freePort()
  const child = track(
    wrangler(
      [
        'dev',
        ...['-c', spec.config, '--ip', '127.0.0.1', '--port', String(port)],
        ...['--persist-to', spec.persistTo, '--show-interactive-dev-session=false'],
        ...['--log-level', 'warn'],
      ],
      { quiet: true }
    )
  )
  const output = keepTail(child)
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev stopped:\n${output()}`)
    if (await answers(origin + spec.readyPath)) return { origin, child, output }
    await new Promise((r) => setTimeout(r, 250))
  }
  await stop(child)
  throw new Error(`wrangler dev did not answer within 90 s:\n${output()}`)
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url)
    await res.arrayBuffer()
    return res.status < 500
  } catch {
    return false
  }
}

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const { port } = server.address() as AddressInfo
  await new Promise((r) => server.close(r))
  return port
}

/** Reads the child's output (a full pipe would block it) and keeps its end for errors. */
function keepTail(child: ChildProcess): () => string {
  let tail = ''
  // wrangler colours its errors; the escape codes would garble the report.
  const keep = (data: Buffer) =>
    (tail = (tail + data.toString()).replace(/\x1b\[[0-9;]*m/g, '').slice(-4000))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => tail
}
