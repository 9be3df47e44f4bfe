import demoPuls from './demo-puls.v1.json' with { type: 'json' }
import demoInterview from './demo-interview.v1.json' with { type: 'json' }

/** The forms Lernraum ships with, as raw JSON: they pass through `loadDefinition` like any other. */
export const shippedForms: { source: string; json: unknown }[] = [
  { source: 'forms/shipped/demo-puls.v1.json', json: demoPuls },
  { source: 'forms/shipped/demo-interview.v1.json', json: demoInterview },
]
