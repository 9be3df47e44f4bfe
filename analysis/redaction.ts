import { redactContacts } from './redaction-contacts.ts'
import { isKnownName, redactPeople } from './redaction-people.ts'
import { redactAddresses } from './redaction-places.ts'
import { redactRessorts } from './redaction-ressorts.ts'
import { redactUnits } from './redaction-units.ts'

export { markers } from './redaction-patterns.ts'
export { isPersonCue } from './redaction-people.ts'

/**
 * A quote as it may leave the system. Becomes a marker: contact details (`[Kontakt]`, URLs
 * `[Link]`), addresses and the seats of ministries (`[Adresse]`), people named with a
 * salutation, title, role or first name (`[Person]`), organisational units with their codes
 * (`[Einheit]`), and ministries, the Chancellery and federal agencies (`[Ressort]`).
 * Everything else stays as written. Contacts go first, so that "a.schmidt@bmi.bund.de" is
 * one contact and not a name and a ministry.
 */
export function redactQuote(text: string): string {
  return [redactContacts, redactAddresses, redactPeople, redactUnits, redactRessorts].reduce(
    (t, redact) => redact(t),
    text
  )
}

const titleCase = (term: string) =>
  term.replace(/(?<![\p{L}\p{N}])\p{Ll}/gu, (c) => c.toUpperCase())

/**
 * True for an emerging term that must not be shown. Terms come lower-cased, so redaction is
 * tried as written, in capitals ("bmi", "ual") and capitalised ("frau schmidt", "referat
 * z14", "invalidenstraße"); and a frequent first name or surname alone ("schmidt") is a person
 * even where no salutation came before it.
 */
export function identifyingTerm(term: string): boolean {
  const changed = [term, term.toUpperCase(), titleCase(term)].some((t) => redactQuote(t) !== t)
  return changed || term.split(/\s+/).some(isKnownName)
}
