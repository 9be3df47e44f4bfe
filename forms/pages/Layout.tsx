import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import type { About } from '../about.ts'
import type { Messages } from '../messages/index.ts'
import { assetPath } from '../assets.ts'
import { faviconPath } from '../favicon.ts'

export interface PageProps {
  m: Messages
  title: string
  /** The same page in the other language. */
  switchHref?: string
  /** Who is asking, on every page where the survey is known. */
  about?: About
  children: Child
}

/** The frame of every participant page: language, skip link, one stylesheet, one deferred script. */
export function Layout({ m, title, switchHref, about, children }: PageProps) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={m.lang}>
        <head>
          <meta charset='utf-8' />
          <meta name='viewport' content='width=device-width, initial-scale=1' />
          <title>{`${title} – ${m.siteName}`}</title>
          <link rel='icon' href={faviconPath} type='image/svg+xml' />
          <link rel='stylesheet' href={assetPath('css')} />
          <script src={assetPath('js')} defer />
        </head>
        <body>
          <a class='skip-link' href='#main'>
            {m.skipLink}
          </a>
          <header class='site-header'>
            <span class='site-name'>{m.siteName}</span>
            {switchHref ? (
              <a
                href={switchHref}
                lang={m.lang === 'de' ? 'en' : 'de'}
                hreflang={m.lang === 'de' ? 'en' : 'de'}
              >
                {m.languageSwitch}
              </a>
            ) : null}
          </header>
          <main id='main' tabindex={-1}>
            {children}
          </main>
          <footer class='site-footer'>
            {about ? <AboutSurvey m={m} about={about} /> : null}
            <a href={`/barrierefreiheit?lang=${m.lang}`}>{m.accessibilityLink}</a>
          </footer>
        </body>
      </html>
    </>
  )
}

function AboutSurvey({ m, about }: { m: Messages; about: About }) {
  return (
    <>
      <p class='about'>
        {m.about.askedBy(about.organiser)}
        <br />
        {m.about.contact}: <a href={`mailto:${about.contact}`}>{about.contact}</a>
      </p>
      <a href={about.privacyUrl}>{m.about.privacy}</a>
      <a href={about.imprintUrl}>{m.about.imprint}</a>
    </>
  )
}

/** A page that only says one thing: thank you, closed, not valid, a plain error. */
export function MessagePage(props: {
  m: Messages
  title: string
  body: string
  back?: { href: string; label: string }
  clearDraft?: string
  about?: About
}) {
  return (
    <Layout m={props.m} title={props.title} about={props.about}>
      <h1>{props.title}</h1>
      <p data-clear-draft={props.clearDraft}>{props.body}</p>
      {props.back ? <a href={props.back.href}>{props.back.label}</a> : null}
    </Layout>
  )
}
