import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The project root, whatever folder a command is started from. */
export const root = path.resolve(import.meta.dirname, '../..')
// The package exports no bin path, so it is found beside its package.json.
const wranglerBin = path.join(
  path.dirname(createRequire(import.meta.url).resolve('wrangler/package.json')),
  'bin/wrangler.js'
)

/** Where the local D1 lives; `npm start` and the CLI share it, tests use their own. */
export const defaultPersistTo = path.join(root, '.wrangler/state')

// wrangler fetches Request.cf from Cloudflare at start: on a closed network or behind a
// government proxy that only prints a stack trace, so it is switched off. Its local trace
// store (.wrangler/state/v3/observability) keeps every request URL, invitation tokens
// included, with millisecond times across restarts, and its local explorer serves the D1 to
// anything on the port: both off.
const wranglerEnv = {
  ...process.env,
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  WRANGLER_SEND_METRICS: 'false',
  X_LOCAL_OBSERVABILITY: 'false',
  X_LOCAL_EXPLORER: 'false',
}

/**
 * Gives the local Worker a SEAL_KEY of its own, random and kept in .dev.vars (ignored by
 * git), so pooled submits open after a restart. A key lost here leaves them sealed.
 */
export async function ensureSealKey(): Promise<void> {
  const file = path.join(root, '.dev.vars')
  const text = await readFile(file, 'utf8').catch(() => '')
  if (/^SEAL_KEY\s*=/m.test(text)) return
  const line = `SEAL_KEY="${randomBytes(32).toString('base64url')}"\n`
  await writeFile(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${line}`, {
    mode: 0o600,
  })
}

export function wrangler(
  args: string[],
  options: { quiet?: boolean; env?: Record<string, string> } = {}
): ChildProcess {
  return spawn(process.execPath, [wranglerBin, ...args], {
    cwd: root,
    env: { ...wranglerEnv, ...options.env },
    stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
  })
}

/** Runs a wrangler command to its end, failing with its output when it fails. */
export function runWrangler(args: string[], options: { inherit?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = wrangler(args, { quiet: !options.inherit })
    let output = ''
    child.stdout?.on('data', (d) => (output += d))
    child.stderr?.on('data', (d) => (output += d))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`wrangler ${args.join(' ')} failed:\n${output}`))
    )
  })
}

/** Applies the migrations in worker/migrations to the local D1, creating it when missing. */
export const applyLocalMigrations = (persistTo: string) =>
  runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistTo])

/** Gives `use` the real local D1 binding, the same one `wrangler dev` serves. */
export async function withLocalDb<T>(persistTo: string, use: (env: Env) => Promise<T>): Promise<T> {
  await ensureSealKey()
  const { getPlatformProxy } = await import('wrangler')
  const proxy = await getPlatformProxy<Env>({
    configPath: path.join(root, 'wrangler.toml'),
    persist: { path: path.join(persistTo, 'v3') },
  })
  try {
    return await use(proxy.env)
  } finally {
    await proxy.dispose()
  }
}

export interface DevServerOptions {
  port: number
  persistTo: string
  /** The origin links are built on; `http://127.0.0.1:PORT`, where it listens, unless given. */
  publicOrigin?: string
  /**
   * Serves /__scheduled (wrangler's --test-scheduled): anything that reaches the port can
   * then run the cron handler, which closes waves and sends reports. Off unless asked for.
   */
  scheduled?: boolean
  quiet?: boolean
  logFile?: string
}

const listensOn = (port: number) => `http://127.0.0.1:${port}`

/** The arguments of `wrangler dev` for these options; `instance` names this one start. */
export function devServerArgs(opts: DevServerOptions, instance: string): string[] {
  return [
    'dev',
    ...['--ip', '127.0.0.1', '--port', String(opts.port), '--persist-to', opts.persistTo],
    '--show-interactive-dev-session=false',
    ...['--var', `PUBLIC_ORIGIN:${opts.publicOrigin ?? listensOn(opts.port)}`],
    ...['--var', `LOCAL_INSTANCE:${instance}`],
    ...(opts.scheduled ? ['--test-scheduled'] : []),
    // wrangler's request log prints every URL, and an invitation URL holds its token.
    ...['--log-level', 'warn'],
  ]
}

// Beside the D1 it serves: the CLI works on a D1 and must trigger only a server of that D1.
const instanceFile = (persistTo: string) => path.join(persistTo, 'dev-instance')

/** What the server on `port` says it is, or null when nothing there answers as Lernraum. */
async function servedInstance(port: number): Promise<string | null> {
  try {
    const res = await fetch(`${listensOn(port)}/__lernraum/instance`, {
      signal: AbortSignal.timeout(5_000),
    })
    return res.ok ? (await res.text()).trim() : null
  } catch {
    return null
  }
}

/** Whether the server on `port` is the one the last `npm start` on `persistTo` started. */
export async function isOwnDevServer(port: number, persistTo: string): Promise<boolean> {
  const expected = (await readFile(instanceFile(persistTo), 'utf8').catch(() => '')).trim()
  return expected !== '' && (await servedInstance(port)) === expected
}

/**
 * Starts `wrangler dev` on the local D1 and resolves once it answers with the identity this
 * start gave it (kept beside the D1 for the CLI). wrangler also writes every line, at every
 * level and including the Worker's console, to a debug log file (~/.config/.wrangler/logs
 * unless `logFile` names another).
 */
export async function startDevServer(opts: DevServerOptions) {
  await ensureSealKey()
  const instance = randomBytes(16).toString('hex')
  await mkdir(opts.persistTo, { recursive: true })
  await writeFile(instanceFile(opts.persistTo), `${instance}\n`, { mode: 0o600 })
  const child = wrangler(devServerArgs(opts, instance), {
    quiet: opts.quiet,
    env: opts.logFile ? { WRANGLER_LOG_PATH: opts.logFile } : {},
  })
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev stopped with code ${child.exitCode}`)
    if ((await servedInstance(opts.port)) === instance)
      return { child, origin: opts.publicOrigin ?? listensOn(opts.port) }
    await new Promise((r) => setTimeout(r, 250))
  }
  child.kill()
  throw new Error('wrangler dev did not answer within 90 seconds')
}
