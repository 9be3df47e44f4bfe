import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { assetPath } from '../../forms/assets.ts'
import { dashboardCssPath } from './styles.ts'
import { faviconPath } from '../../forms/favicon.ts'
import type { DashboardMessages } from './messages/index.ts'
import { useLink, usePage } from './messages/index.ts'
import { useFormat } from './format.ts'

export interface Crumb {
  href: string
  label: string
}

export interface DashboardPageProps {
  title: string
  /** Shows the sign-out button; Access sessions end at Access, not here. */
  signOut?: boolean
  /** The way back up, ending with the current page (which is not a link). */
  crumbs?: Crumb[]
  children: Child
}

/** The frame of every dashboard page: its language, landmarks, both stylesheets, no script. */
export function DashboardLayout({ title, signOut, crumbs, children }: DashboardPageProps) {
  const { lang, path } = usePage()
  const { t } = useFormat()
  const other = lang === 'de' ? 'en' : 'de'
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={lang}>
        <head>
          <meta charset='utf-8' />
          <meta name='viewport' content='width=device-width, initial-scale=1' />
          <meta name='robots' content='noindex' />
          <title>{`${title} – ${t.siteName}`}</title>
          <link rel='icon' href={faviconPath} type='image/svg+xml' />
          <link rel='stylesheet' href={assetPath('css')} />
          <link rel='stylesheet' href={dashboardCssPath} />
        </head>
        <body class='dashboard'>
          <a class='skip-link' href='#main'>
            {t.skipLink}
          </a>
          <header class='site-header'>
            <span class='site-name'>{t.siteName}</span>
            <a href={`${path}?lang=${other}`} lang={other} hreflang={other}>
              {t.otherLanguage}
            </a>
            {signOut ? (
              <form method='post' action='/dashboard/sign-out'>
                <button class='link-button' type='submit'>
                  {t.signOut}
                </button>
              </form>
            ) : null}
          </header>
          <SectionNav />
          {crumbs?.length ? <Breadcrumbs crumbs={crumbs} label={t.breadcrumb} /> : null}
          <main id='main' tabindex={-1}>
            {children}
          </main>
          <footer class='site-footer'>
            <a href='/api'>{t.apiReference}</a>
            <a href={`/barrierefreiheit?lang=${lang}`}>{t.accessibility}</a>
          </footer>
        </body>
      </html>
    </>
  )
}

/** The dashboard's sections the caller's role may open: reading for all, tokens for admins. */
function SectionNav() {
  const { role, path } = usePage()
  const { t } = useFormat()
  const link = useLink()
  if (!role) return null
  const sections = [
    { href: '/dashboard', label: t.nav.surveys },
    { href: '/dashboard/reports', label: t.nav.reports },
    ...(role === 'admin' ? [{ href: '/dashboard/tokens', label: t.nav.tokens }] : []),
  ]
  return (
    <nav class='section-nav' aria-label={t.nav.label}>
      <ul>
        {sections.map((s) => (
          <li>
            <a href={link(s.href)} aria-current={path === s.href ? 'page' : undefined}>
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function Breadcrumbs({ crumbs, label }: { crumbs: Crumb[]; label: string }) {
  const link = useLink()
  return (
    <nav class='breadcrumbs' aria-label={label}>
      <ol>
        {crumbs.map((crumb, i) => (
          <li>
            {i === crumbs.length - 1 ? (
              <span aria-current='page'>{crumb.label}</span>
            ) : (
              <a href={link(crumb.href)}>{crumb.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** A page that says one thing: not allowed, too many attempts, not found. */
export function DashboardMessage(props: {
  page: keyof DashboardMessages['pages']
  back?: { href: string; label: 'allSurveys' | 'backToSignIn' | 'toTokens' | 'toReports' }
}) {
  const { t } = useFormat()
  const link = useLink()
  const [title, body] = t.pages[props.page]
  return (
    <DashboardLayout title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
      {props.back ? <a href={link(props.back.href)}>{t[props.back.label]}</a> : null}
    </DashboardLayout>
  )
}
