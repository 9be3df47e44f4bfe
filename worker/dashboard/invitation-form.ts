import { ministries } from '../../analysis/ministries.ts'
import { MAX_INVITATIONS_PER_MINISTRY } from '../api/schemas.ts'

/** How the freshly created links are handed out: they exist in clear only in this answer. */
export type LinkFormat = 'show' | 'csv' | 'print'
export const LINK_FORMATS: readonly LinkFormat[] = ['show', 'csv', 'print']

/** The field of a ministry's count: `count-BMI`. */
export const countField = (abbr: string) => `count-${abbr}`

/** What was typed, by field name, kept when the form comes back with its mistakes. */
export type InvitationFormInput = Record<string, string>

export interface InvitationFormErrors {
  /** Ministries (abbreviations) whose count is no whole number from 0 to the maximum. */
  counts: string[]
  /** No ministry got a count above 0. */
  none: boolean
  format: boolean
}

export const hasErrors = (e: InvitationFormErrors) => e.counts.length > 0 || e.none || e.format

/**
 * The counts per ministry a filled-in form asks for, or what is wrong with it. An empty field
 * means none; the maximum per ministry is the API's.
 */
export function checkInvitationForm(
  typed: InvitationFormInput
):
  | { batches: { ministry: string; count: number }[]; format: LinkFormat }
  | { errors: InvitationFormErrors } {
  const errors: InvitationFormErrors = { counts: [], none: false, format: false }
  const batches: { ministry: string; count: number }[] = []
  for (const { abbr } of ministries) {
    const raw = (typed[countField(abbr)] ?? '').trim()
    if (raw === '') continue
    const count = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN
    if (!(count <= MAX_INVITATIONS_PER_MINISTRY)) errors.counts.push(abbr)
    else if (count > 0) batches.push({ ministry: abbr, count })
  }
  if (!errors.counts.length && !batches.length) errors.none = true
  const format = typed.format as LinkFormat
  if (!LINK_FORMATS.includes(format)) errors.format = true
  return hasErrors(errors) ? { errors } : { batches, format }
}
