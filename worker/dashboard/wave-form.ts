import { openWave } from '../api/schemas.ts'
import type { WaveSettings } from '../waves.ts'
import type { DashboardMessages } from './messages/index.ts'

/** What was typed into the form that opens a wave, kept when it comes back with mistakes. */
export interface WaveFormInput {
  label: string
  mode: string
  opensOn: string
  closesOn: string
}

export type WaveFormError = keyof DashboardMessages['waves']['errors']
export type WaveFormErrors = Partial<Record<keyof WaveFormInput, WaveFormError>>

/** A real calendar day written as YYYY-MM-DD (no 31 February). */
const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)

/**
 * The settings a filled-in form asks for, or what is wrong with it. The label follows the
 * API's rule, so a wave the form opens the API could open too.
 */
export function checkWaveForm(
  typed: WaveFormInput,
  today: string
): { settings: WaveSettings } | { errors: WaveFormErrors } {
  const errors: WaveFormErrors = {}
  const label = openWave.shape.label.safeParse(typed.label)
  if (!label.success)
    errors.label = label.error.issues[0]?.code === 'too_big' ? 'labelLong' : 'labelEmpty'
  if (typed.mode !== 'invitations' && typed.mode !== 'open') errors.mode = 'mode'
  const opensOn = typed.opensOn.trim()
  const closesOn = typed.closesOn.trim()
  if (opensOn && !isDay(opensOn)) errors.opensOn = 'opensOn'
  if (closesOn && !isDay(closesOn)) errors.closesOn = 'closesOn'
  else if (closesOn && opensOn && isDay(opensOn) && closesOn < opensOn)
    errors.closesOn = 'closesBeforeOpening'
  else if (closesOn && closesOn < today) errors.closesOn = 'closesInPast'
  if (Object.keys(errors).length || !label.success) return { errors }
  return {
    settings: {
      label: label.data,
      mode: typed.mode as WaveSettings['mode'],
      opensOn: opensOn || null,
      closesOn: closesOn || null,
    },
  }
}
