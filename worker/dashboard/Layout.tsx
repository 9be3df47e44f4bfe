import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { assetPath } from '../../forms/assets.ts'
import { dashboardCssPath } from './styles.ts'
import { faviconPath } from '../../forms/favicon.ts'

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

/** The frame of every dashboard page: English, landmarks, both stylesheets, no script. */
export function DashboardLayout({ title, signOut, crumbs, children }: DashboardPageProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang='en'>
        <head>
          <meta charset='utf-8' />
          <meta name='viewport' content='width=device-width, initial-scale=1' />
          <meta name='robots' content='noindex' />
          <title>{`${title} – Lernraum dashboard`}</title>
          <link rel='icon' href={faviconPath} type='image/svg+xml' />
          <link rel='stylesheet' href={assetPath('css')} />
          <link rel='stylesheet' href={dashboardCssPath} />
        </head>
        <body class='dashboard'>
          <a class='skip-link' href='#main'>
            Skip to main content
          </a>
          <header class='site-header'>
            <span class='site-name'>Lernraum research dashboard</span>
            {signOut ? (
              <form method='post' action='/dashboard/sign-out'>
                <button class='link-button' type='submit'>
                  Sign out
                </button>
              </form>
            ) : null}
          </header>
          {crumbs?.length ? <Breadcrumbs crumbs={crumbs} /> : null}
          <main id='main' tabindex={-1}>
            {children}
          </main>
          <footer class='site-footer'>
            <a href='/api'>API reference</a>
            <a href='/barrierefreiheit?lang=en'>Accessibility statement</a>
          </footer>
        </body>
      </html>
    </>
  )
}

function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class='breadcrumbs' aria-label='Breadcrumb'>
      <ol>
        {crumbs.map((crumb, i) => (
          <li>
            {i === crumbs.length - 1 ? (
              <span aria-current='page'>{crumb.label}</span>
            ) : (
              <a href={crumb.href}>{crumb.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

/** A page that says one thing: not allowed, too many attempts, not found. */
export function DashboardMessage(props: {
  title: string
  body: string
  back?: Crumb
  signOut?: boolean
}) {
  return (
    <DashboardLayout title={props.title} signOut={props.signOut}>
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      {props.back ? <a href={props.back.href}>{props.back.label}</a> : null}
    </DashboardLayout>
  )
}
