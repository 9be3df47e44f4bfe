import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const children = new Set<ChildProcess>()
const dirs = new Set<string>()

/** Registers a child process so that it is stopped however the run ends. */
export function track(child: ChildProcess): ChildProcess {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

/** A fresh temporary folder, removed when the run ends. */
export async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `lernraum-bench-${name}-`))
  dirs.add(dir)
  return dir
}

/** SIGTERM lets wrangler stop its workerd processes; SIGKILL only if it hangs. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timeout = new Promise((r) => setTimeout(r, 10_000, 'timeout').unref())
  if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL')
}

/** Stops every tracked child and removes every temporary folder. */
export async function cleanUp(): Promise<void> {
  await Promise.all([...children].map(stop))
  await Promise.all([...dirs].map((dir) => rm(dir, { recursive: true, force: true })))
  dirs.clear()
}

/**
 * Stops what the run started on Ctrl+C or SIGTERM; a second signal exits at once. `on`, not
 * `once`: miniflare's signal-exit re-raises a signal that no other listener is left to handle.
 */
export function cleanUpOnSignals(): void {
  let stopping = false
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.on(signal, async () => {
      if (stopping) process.exit(code)
      stopping = true
      console.error(`\nbench: ${signal}, stopping the servers it started …`)
      await cleanUp()
      process.exit(code)
    })
}
