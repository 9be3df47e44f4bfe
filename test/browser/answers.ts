import { fullAnswers } from './pulse.ts'

/** The free texts the dashboard seed gives the demo interview. */
export const interviewTexts = { remoteEffect: 'Weniger Austausch', hurdles: 'Zeit' }

/** Every free-text answer the browser tests type or send: none may reach the server's log. */
export const sentTexts = [...Object.values(fullAnswers.text), ...Object.values(interviewTexts)]
