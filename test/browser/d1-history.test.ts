import { randomBytes } from 'node:crypto'
import { copyFile, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { disclosureConfig } from '../../analysis/disclosure.ts'
import demoPuls from '../../forms/shipped/demo-puls.v1.json' with { type: 'json' }

/**
 * What someone who copies the local D1 files (database, -wal, -shm) at any moment learns:
 * the history of a wave is replayed submit by submit against `wrangler dev`, the files are
 * copied after each, and only the copies are read, with SQLite and byte by byte.
 */

const root = path.resolve(import.meta.dirname, '../..')
const origin = inject('origin')
const adminToken = inject('adminToken')
const persistTo = inject('persistTo')

/** k as `wrangler dev` serves it, from the same wrangler.toml. */
const k = disclosureConfig({
  MIN_GROUP_SIZE: (await readFile(path.join(root, 'wrangler.toml'), 'utf8')).match(
    /^MIN_GROUP_SIZE\s*=\s*"(\d+)"/m
  )?.[1],
}).minGroupSize

const MINISTRIES = ['BMI', 'AA', 'BMF']
const PER_MINISTRY = 9
const SUFFIXES = ['', '-wal', '-shm']
const MAX_SCANNED_BYTES = 200 * 1024 * 1024

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const temps: string[] = []
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))))

async function api<T>(method: string, route: string, json: unknown): Promise<T> {
  const res = await fetch(`${origin}/api${route}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(json),
  })
  if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<T>
}

/** Every regular file below `dir` (none when it does not exist), symlinks not followed. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name))
}

/** Copies a database file with its -wal and -shm, all started at once, under one name. */
async function copyDatabase(source: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lernraum-d1-copy-'))
  temps.push(dir)
  await Promise.all(
    SUFFIXES.map((s) =>
      copyFile(source + s, path.join(dir, `d1.sqlite${s}`)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err
      })
    )
  )
  return dir
}

/** The bytes of a copy's files, by suffix; a file the copy lacks is absent. */
async function bytesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const s of SUFFIXES) {
    const bytes = await readFile(path.join(dir, `d1.sqlite${s}`)).catch(() => null)
    if (bytes) files.set(s, bytes)
  }
  return files
}

const sameBytes = (a: Map<string, Buffer>, b: Map<string, Buffer>) =>
  a.size === b.size && [...a].every(([s, bytes]) => b.get(s)?.equals(bytes))

/** Opens a copy without writing to it where SQLite allows, else as a plain connection. */
function openCopy(dir: string): DatabaseSync {
  const file = path.join(dir, 'd1.sqlite')
  try {
    const db = new DatabaseSync(file, { readOnly: true })
    db.prepare('SELECT COUNT(*) FROM sqlite_master').get()
    return db
  } catch {
    return new DatabaseSync(file)
  }
}

/** The D1 database of the dev server: the miniflare SQLite file that has a sealed pool. */
async function findD1File(): Promise<string> {
  const candidates = (await filesUnder(persistTo)).filter(
    (f) => f.includes('miniflare-D1DatabaseObject') && f.endsWith('.sqlite')
  )
  const found = []
  for (const file of candidates) {
    const db = openCopy(await copyDatabase(file))
    try {
      if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sealed_pool'").get())
        found.push(file)
    } finally {
      db.close()
    }
  }
  expect(found, `D1 files with a sealed pool under ${persistTo}`).toHaveLength(1)
  return found[0]
}

interface Copy {
  /** Submits answered 303 when the copy was taken. */
  submitted: number
  closed: boolean
  bytes: Map<string, Buffer>
  responses: number
  usedInvitations: number
  pooled: number
  /** Distinct lengths of sealed rows, per form version. */
  sealedSizes: Map<number, Set<number>>
  /** How often each marker text occurs in the wave's answers. */
  readable: Map<string, number>
}

/** Reads one copy: with SQLite what its tables hold, and its raw bytes. */
async function readCopy(dir: string, waveId: string, markers: string[]) {
  const bytes = await bytesOf(dir)
  const db = openCopy(dir)
  try {
    const count = (sql: string) => Number((db.prepare(sql).get(waveId) as { n: number }).n)
    const sealedSizes = new Map<number, Set<number>>()
    const sizes = db
      .prepare('SELECT DISTINCT form_version AS v, length(sealed) AS n FROM sealed_pool')
      .all() as { v: number; n: number }[]
    for (const { v, n } of sizes) sealedSizes.set(v, (sealedSizes.get(v) ?? new Set()).add(n))
    const values = db
      .prepare(
        'SELECT a.value FROM answers a JOIN responses r ON r.id = a.response_id WHERE r.wave_id = ?'
      )
      .all(waveId) as { value: string }[]
    const readable = new Map<string, number>()
    for (const { value } of values)
      for (const marker of markers)
        if (String(value).includes(marker)) readable.set(marker, (readable.get(marker) ?? 0) + 1)
    return {
      bytes,
      responses: count('SELECT COUNT(*) AS n FROM responses WHERE wave_id = ?'),
      usedInvitations: count(
        'SELECT COUNT(*) AS n FROM invitations WHERE wave_id = ? AND used = 1'
      ),
      pooled: count('SELECT COUNT(*) AS n FROM sealed_pool WHERE wave_id = ?'),
      sealedSizes,
      readable,
    }
  } finally {
    db.close()
  }
}

/**
 * A copy of the files once they hold still: the flush after a submit runs after its
 * response, so copies are taken until two in a row are byte for byte the same.
 */
async function settledCopy(source: string): Promise<string> {
  await sleep(250)
  let last = await copyDatabase(source)
  for (let tries = 0; tries < 30; tries++) {
    await sleep(150)
    const next = await copyDatabase(source)
    if (sameBytes(await bytesOf(last), await bytesOf(next))) return last
    last = next
  }
  throw new Error('the D1 files kept changing for five seconds')
}

/** A valid pulse answer whose free text carries `marker`, of a length that varies. */
function answerWith(marker: string, i: number) {
  const form = new URLSearchParams({
    trust: String((i % 5) + 1),
    transparency: String(((i + 2) % 5) + 1),
    continuity: i % 4 ? String(((i + 1) % 5) + 1) : 'none',
    resources: String(((i + 3) % 5) + 1),
    helped: `${marker} ${'Feste Termine. '.repeat((i * 7) % 40)}`.trim(),
  })
  if (i % 2) form.set('hindered', 'Zu wenig Zeit neben dem Tagesgeschäft.'.repeat(1 + (i % 3)))
  return form.toString()
}

const history: Copy[] = []
const markers: string[] = []
const tokens: string[] = []
const statuses: number[] = []
let d1File = ''

describe('the local D1 files, copied after every submit', () => {
  beforeAll(async () => {
    d1File = await findD1File()
    const slug = `d1-history-${Date.now().toString(36)}`
    const { survey } = await api<{ survey: { id: string } }>('POST', '/surveys', {
      definition: { ...demoPuls, slug, version: undefined },
    })
    const { wave } = await api<{ wave: { id: string } }>('POST', `/surveys/${survey.id}/waves`, {
      label: 'Kopien',
    })
    const created = await api<{ invitations: { ministry: string; links: string[] }[] }>(
      'POST',
      `/surveys/${survey.id}/invitations`,
      { invitations: MINISTRIES.map((ministry) => ({ ministry, count: PER_MINISTRY })) }
    )
    expect(created.invitations.map((b) => b.ministry)).toEqual(MINISTRIES)
    // The ministries take turns, as invitations trickle in from all of them.
    const links = Array.from({ length: PER_MINISTRY }, (_, i) =>
      created.invitations.map((b) => b.links[i])
    ).flat()
    tokens.push(...links.map((link) => link.slice(-32)))
    for (const token of tokens) expect(token).toMatch(/^[0-9A-Za-z_-]{32}$/)

    const record = async (closed: boolean) => {
      const dir = await settledCopy(d1File)
      const submitted = statuses.filter((s) => s === 303).length
      history.push({ submitted, closed, ...(await readCopy(dir, wave.id, markers)) })
    }
    for (const [i, link] of links.entries()) {
      const marker = `Geheimnis-${randomBytes(9).toString('hex')}`
      markers.push(marker)
      const res = await fetch(link, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: answerWith(marker, i),
      })
      await res.body?.cancel()
      statuses.push(res.status)
      await record(false)
    }
    await api('PATCH', `/surveys/${survey.id}/waves/${wave.id}`, { status: 'closed' })
    await record(true)
  }, 120_000)

  it('answers every submit through an invitation as stored', () => {
    expect(statuses).toEqual(tokens.map(() => 303))
    expect(history).toHaveLength(tokens.length + 1)
  })

  it('lets no copy of the D1 files hold an answer, in any byte, before a flush makes it readable', () => {
    const leaks = history.flatMap((copy) =>
      markers
        .filter((marker) => !copy.readable.has(marker))
        .flatMap((marker) =>
          [...copy.bytes]
            .filter(([, bytes]) => bytes.includes(marker))
            .map(
              ([suffix]) =>
                `${copy.closed ? 'after closing' : `after submit ${copy.submitted}`}: ${marker} in d1.sqlite${suffix}`
            )
        )
    )
    expect(leaks).toEqual([])
    // The byte search finds what is there: once every answer is readable, each one's text is.
    const last = history.at(-1)!
    const found = markers.filter((m) => [...last.bytes.values()].some((b) => b.includes(m)))
    expect(found).toEqual(markers)
  })

  it('seals every submit of a form version to one size, whatever its answers', () => {
    const sizes = new Map<number, Set<number>>()
    for (const copy of history)
      for (const [version, lengths] of copy.sealedSizes)
        for (const n of lengths) sizes.set(version, (sizes.get(version) ?? new Set()).add(n))
    expect(history.some((c) => c.pooled > 1)).toBe(true)
    expect(sizes.size).toBe(1)
    for (const lengths of sizes.values()) expect([...lengths]).toHaveLength(1)
  })

  it(`makes answers readable only in groups of at least k = ${k}`, () => {
    const steps = history.slice(1).map((copy, i) => ({
      responses: copy.responses - history[i].responses,
      readable: copy.readable.size - history[i].readable.size,
    }))
    const small = steps.filter((s) => [s.responses, s.readable].some((d) => d !== 0 && d < k))
    expect(small).toEqual([])
    expect(history[0].responses).toBe(0)
    // Flushes moved groups while the wave was open, so the check above had groups to check.
    const openFlushes = history.filter(
      (c, i) => !c.closed && i > 0 && c.responses > history[i - 1].responses
    )
    expect(openFlushes.length).toBeGreaterThanOrEqual(2)
  })

  it(`changes invitations to used only in groups of at least k = ${k}`, () => {
    const steps = history
      .slice(1)
      .map((copy, i) => copy.usedInvitations - history[i].usedInvitations)
    expect(steps.filter((d) => d !== 0 && d < k)).toEqual([])
    expect(history[0].usedInvitations).toBe(0)
    for (const copy of history) expect(copy.usedInvitations).toBe(copy.responses)
  })

  it('counts every submit at every copy once, sealed or readable', () => {
    expect(history.map((c) => c.pooled + c.responses)).toEqual(history.map((c) => c.submitted))
  })

  it('stores every submit exactly once after the wave closes', () => {
    const last = history.at(-1)!
    expect(last.closed).toBe(true)
    expect(last.pooled).toBe(0)
    expect(last.responses).toBe(last.submitted)
    expect(last.submitted).toBe(tokens.length)
    expect(last.usedInvitations).toBe(last.submitted)
    expect([...last.readable.keys()].sort()).toEqual([...markers].sort())
    expect([...last.readable.values()].filter((n) => n !== 1)).toEqual([])
  })

  it('leaves no invitation token in any file wrangler keeps, and no answer outside the D1', async () => {
    const d1Files = new Set(SUFFIXES.map((s) => d1File + s))
    const files = [
      ...(await filesUnder(persistTo)),
      ...(await filesUnder(path.join(root, '.wrangler'))),
    ]
    expect(files).toContain(d1File)
    const found: string[] = []
    for (const file of files) {
      const size = await stat(file).then(
        (s) => s.size,
        () => null
      )
      if (size === null || size > MAX_SCANNED_BYTES) continue
      const bytes = await readFile(file).catch(() => null)
      if (!bytes) continue
      const text = bytes.toString('latin1')
      for (const token of tokens) if (text.includes(token)) found.push(`token in ${file}`)
      if (!d1Files.has(file))
        for (const marker of markers) if (text.includes(marker)) found.push(`answer in ${file}`)
    }
    expect(found).toEqual([])
  })
})
