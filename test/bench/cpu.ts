import { readFile, readdir } from 'node:fs/promises'

// Linux counts process times in clock ticks of 1/100 s (USER_HZ) on every common platform.
const TICKS_PER_SECOND = 100

interface ProcStat {
  pid: number
  ppid: number
  name: string
  ticks: number
}

async function procStat(pid: number): Promise<ProcStat | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    // After "pid (name)": state, ppid, … utime and stime are fields 14 and 15 of the whole line.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return { pid, ppid: Number(rest[1]), name, ticks: Number(rest[11]) + Number(rest[12]) }
  } catch {
    return null
  }
}

/**
 * CPU seconds the workerd processes below `root` (wrangler dev) have used so far, or null
 * where /proc is missing. On a shared machine wall time also counts waiting for a core;
 * this counts only the runtime's own work.
 */
export async function workerdCpuSeconds(root: number | undefined): Promise<number | null> {
  if (root === undefined) return null
  let entries: string[]
  try {
    entries = (await readdir('/proc')).filter((e) => /^\d+$/.test(e))
  } catch {
    return null
  }
  const all = (await Promise.all(entries.map((e) => procStat(Number(e))))).filter(
    (s): s is ProcStat => s !== null
  )
  const below = new Set([root])
  // Parents may be listed after their children, so grow the set until it stops growing.
  for (let size = 0; size !== below.size;) {
    size = below.size
    for (const s of all) if (below.has(s.ppid)) below.add(s.pid)
  }
  const workerd = all.filter((s) => below.has(s.pid) && s.name === 'workerd')
  return workerd.length ? workerd.reduce((a, s) => a + s.ticks, 0) / TICKS_PER_SECOND : null
}
