import blank from './blank.json' with { type: 'json' }
import demoInterview from './demo-interview.v1.json' with { type: 'json' }
import demoPuls from './demo-puls.v1.json' with { type: 'json' }

/**
 * What a new survey can start from in the builder. A section needs a question, so even the
 * blank one has a single open question to change or replace.
 */
export const templates = { pulse: demoPuls, interview: demoInterview, blank } as const
export type TemplateName = keyof typeof templates
export const templateNames = Object.keys(templates) as TemplateName[]
