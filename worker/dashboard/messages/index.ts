import { createContext, useContext } from 'hono/jsx'
import type { Lang } from '../../../forms/messages/index.ts'
import type { Role } from '../../db/tokens.ts'
import { de, type DashboardMessages } from './de.ts'
import { en } from './en.ts'

export type { DashboardMessages }

const catalogue: Record<Lang, DashboardMessages> = { de, en }

export const dashboardMessages = (lang: Lang): DashboardMessages => catalogue[lang]

/** The page being rendered: its language and its path, for the switch to the other language. */
export interface DashboardPage {
  lang: Lang
  path: string
  /** The language came from `?lang=`: links to other dashboard pages keep it. */
  chosen?: boolean
  /** The signed-in caller's role, for the sections it may open; none on a refusal. */
  role?: Role
}

/**
 * Set once per response by `renderPage`, so no component needs the language handed down
 * through every prop.
 */
export const PageContext = createContext<DashboardPage>({ lang: 'de', path: '/dashboard' })

export const usePage = () => useContext(PageContext)

/**
 * A link to another dashboard page in the language the researcher switched to; without a
 * switch the next page follows Accept-Language again, as this one did.
 */
export function useLink() {
  const { lang, chosen } = usePage()
  return (href: string) => (chosen ? `${href}${href.includes('?') ? '&' : '?'}lang=${lang}` : href)
}
