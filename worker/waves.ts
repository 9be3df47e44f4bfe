import { newId } from './crypto.ts'
import { repeatingSurveys, type WaveRhythm } from './db/rhythm.ts'
import { closeWave, listWaves, openWave, type Wave, type WaveMode } from './db/waves.ts'
import { flushClosedWave } from './flush.ts'

/** What opening a wave takes, and what the next wave copies from the last one. */
export interface WaveSettings {
  label: string
  mode: WaveMode
  opensOn: string | null
  closesOn: string | null
}

const DAY_MS = 86_400_000

/** A calendar day (YYYY-MM-DD) `n` days later. */
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)

/** A calendar day `n` months later; the 31st becomes the last day of a shorter month. */
export function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number)
  const lastDay = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, lastDay))).toISOString().slice(0, 10)
}

/** The day a wave began: its opening day, or else the day it was opened. */
const startOf = (w: Wave) => w.opensOn ?? w.openedOn

/** How many days a wave runs from its start to its closing day; `null` without a closing day. */
function lengthOf(w: Wave): number | null {
  if (!w.closesOn) return null
  const start = startOf(w) ?? w.closesOn
  return Math.max(0, Math.round((Date.parse(w.closesOn) - Date.parse(start)) / DAY_MS))
}

/** "Runde 3" becomes "Runde 4"; a label without a number at its end gets a 2. */
export function nextLabel(label: string): string {
  const numbered = /^(.*?)(\d+)$/.exec(label)
  const next = numbered ? `${numbered[1]}${Number(numbered[2]) + 1}` : `${label} 2`
  return next.slice(0, 80)
}

/**
 * The settings of the wave after `last`: the same way of answering and the same length,
 * starting on `opensOn` (or on `today` when it opens at once).
 */
export function nextWaveSettings(last: Wave, opensOn: string | null, today: string): WaveSettings {
  const length = lengthOf(last)
  return {
    label: nextLabel(last.label),
    mode: last.mode,
    opensOn,
    closesOn: length === null ? null : addDays(opensOn ?? today, length),
  }
}

const RHYTHM_MONTHS: Record<Exclude<WaveRhythm, 'none'>, number> = { monthly: 1, quarterly: 3 }

/**
 * How many days before its opening day the daily run opens a repeating survey's next wave:
 * invitations created before a wave opens are the ones nobody can have padded it with.
 */
export const LEAD_DAYS = 7

/** The opening day of a repeating survey's next wave: one period after the last one began. */
export function nextOpeningDay(last: Wave, rhythm: Exclude<WaveRhythm, 'none'>, today: string) {
  const start = startOf(last)
  return start ? addMonths(start, RHYTHM_MONTHS[rhythm]) : today
}

/**
 * The daily run's part of the rhythm: for every repeating survey whose last wave has closed
 * and whose next opening day is at most `LEAD_DAYS` away, opens the next wave with the last
 * one's settings. Returns how many waves it opened.
 */
export async function openDueWaves(db: D1Database, today: string): Promise<number> {
  let opened = 0
  for (const { surveyId, rhythm } of await repeatingSurveys(db)) {
    const last = (await listWaves(db, surveyId)).at(-1)
    if (!last || last.status !== 'closed') continue
    const opensOn = nextOpeningDay(last, rhythm, today)
    if (opensOn > addDays(today, LEAD_DAYS)) continue
    const start = opensOn < today ? today : opensOn
    const settings = nextWaveSettings(last, start, today)
    if (await openWave(db, { id: newId(), surveyId, ...settings, openedOn: today })) opened++
  }
  return opened
}

/**
 * Closes a wave and moves its sealed pool at once, as the closing report needs; should the
 * move fail, the scheduled run makes it. `null` when the survey has no such wave.
 */
export async function closeAndFlush(env: Env, surveyId: string, waveId: string) {
  const wave = await closeWave(env.DB, surveyId, waveId)
  if (!wave) return null
  await flushClosedWave(env, wave.id).catch((err: Error) =>
    console.error(`lernraum flush: ${err.name}`)
  )
  return wave
}
