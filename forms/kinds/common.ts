import * as z from '../zod.ts'
import type { Messages } from '../messages/index.ts'

// Tabs and line breaks are kept; other C0/C1 controls cannot be shown or exported safely.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/

/** The single posted value, trimmed; empty counts as not answered. */
export const single = z.pipe(
  z.optional(z.array(z.string())),
  z.transform((v) => v?.[0]?.trim() || undefined)
)

/** A choice among fixed values, required or not. */
export function choiceOf(values: string[], required: boolean, m: Messages) {
  return single.check(
    z.superRefine((v, ctx) => {
      if (v === undefined) {
        if (required) ctx.addIssue({ code: 'custom', message: m.errors.required })
      } else if (!values.includes(v)) {
        ctx.addIssue({ code: 'custom', message: m.errors.choice })
      }
    })
  )
}

/** Free text with a length limit counted in characters, not UTF-16 units. */
export function textOf(maxLength: number, required: boolean, m: Messages) {
  return z
    .pipe(
      z.optional(z.array(z.string())),
      z.transform((v) => v?.[0]?.replace(/\r\n?/g, '\n').trim() || undefined)
    )
    .check(
      z.superRefine((v, ctx) => {
        if (v === undefined) {
          if (required) ctx.addIssue({ code: 'custom', message: m.errors.required })
        } else if ([...v].length > maxLength) {
          ctx.addIssue({ code: 'custom', message: m.errors.tooLong(maxLength) })
        } else if (CONTROL.test(v)) {
          ctx.addIssue({ code: 'custom', message: m.errors.controlCharacters })
        }
      })
    )
}

/**
 * The longest of a choice's values. Stored as text, which takes at least as many bytes as a
 * number would.
 */
export const longestValue = (values: string[]) =>
  values.reduce((a, b) => (JSON.stringify(b).length > JSON.stringify(a).length ? b : a), '')

// Four UTF-8 bytes per character, the most JSON needs for any character a text may hold
// (controls other than tab and line break are refused; those escape to two bytes).
const WIDEST_CHARACTER = '\u{10FFFF}'

/** The longest text a field of `maxLength` characters can store. */
export const longestText = (maxLength: number) => WIDEST_CHARACTER.repeat(maxLength)

export const fieldId = (questionId: string) => `q-${questionId}`
export const hintId = (questionId: string) => `q-${questionId}-hint`
export const errorId = (questionId: string) => `q-${questionId}-error`
