import type { Lang } from './messages/index.ts'
import type { AboutDefinition } from './schema.ts'

/** Who is asking, as a participant page shows it: organiser, contact, privacy notice, imprint. */
export interface About {
  organiser: string
  contact: string
  privacyUrl: string
  imprintUrl: string
}

/** The deployment's defaults (wrangler.toml [vars]), used where a survey names none of its own. */
export interface AboutDefaults {
  ORGANISER_NAME: string
  CONTACT_EMAIL: string
  PRIVACY_URL: string
  IMPRINT_URL: string
}

/** A survey's own `about` values over the deployment's defaults, in the person's language. */
export function aboutSurvey(
  defaults: AboutDefaults,
  own: AboutDefinition | undefined,
  lang: Lang
): About {
  return {
    organiser: own?.organiser?.[lang] ?? defaults.ORGANISER_NAME,
    contact: own?.contact ?? defaults.CONTACT_EMAIL,
    privacyUrl: own?.privacyUrl ?? defaults.PRIVACY_URL,
    imprintUrl: own?.imprintUrl ?? defaults.IMPRINT_URL,
  }
}
