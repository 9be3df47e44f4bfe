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

const outside: DashboardPage = { lang: 'de', path: '/dashboard' }
let current = outside

/**
 * Set by `renderPage` around one synchronous render, so no component needs the language handed
 * down through every prop. Not hono/jsx's createContext: importing it pulls the client-side
 * renderer and hooks into the bundle (about 7 KB gzip), and dashboard pages render synchronously.
 */
export function renderIn<T>(page: DashboardPage, render: () => T): T {
  const before = current
  current = page
  try {
    return render()
  } finally {
    current = before
  }
}

export const usePage = () => current

/**
 * A link to another dashboard page in the language the researcher switched to; without a
 * switch the next page follows Accept-Language again, as this one did.
 */
export function useLink() {
  const { lang, chosen } = usePage()
  return (href: string) => (chosen ? `${href}${href.includes('?') ? '&' : '?'}lang=${lang}` : href)
}
