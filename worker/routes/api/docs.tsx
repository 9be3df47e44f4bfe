import { Hono } from 'hono'
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'
import { assetPath } from '../../../forms/assets.ts'
import { faviconPath } from '../../../forms/favicon.ts'
import type { AppEnv } from '../../app-env.ts'
import { assetJsonPerIsolate } from '../../asset-data.ts'

export const apiDocs = new Hono<AppEnv>()

type Described = { summary: string; 'x-role'?: string }
type OpenApi = { paths: Record<string, Record<string, Described>> }

// A static asset (worker/assets/api/openapi.json), not bundled: it would weigh 6 KB gzip of
// the Worker's script.
const openApiDocument = assetJsonPerIsolate<OpenApi>('/api/openapi.json')

apiDocs.get('/openapi.json', async (c) => c.json(await openApiDocument(c.env.ASSETS)))

// Without the doctype a browser renders the page in quirks mode.
const Document = ({ children }: { children: Child }) => (
  <>
    {raw('<!DOCTYPE html>')}
    <html lang='en'>{children}</html>
  </>
)

const operationsOf = (document: OpenApi) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method, path, op }))
  )

/** A readable page of the same document. */
apiDocs.get('/', async (c) => {
  const operations = operationsOf(await openApiDocument(c.env.ASSETS))
  return c.html(
    <Document>
      <head>
        <meta charset='utf-8' />
        <meta name='viewport' content='width=device-width, initial-scale=1' />
        <title>Lernraum researcher API</title>
        <link rel='icon' href={faviconPath} type='image/svg+xml' />
        <link rel='stylesheet' href={assetPath('css')} />
      </head>
      <body>
        <main id='main'>
          <h1>Lernraum researcher API</h1>
          <p>
            Send <code>Authorization: Bearer lr_…</code> (create a token with{' '}
            <code>npm run lernraum -- token create --role researcher --label NAME</code>). Every
            figure is suppressed below the minimum group size. Machine-readable:{' '}
            <a href='/api/openapi.json'>/api/openapi.json</a>.
          </p>
          <table class='api-table'>
            <thead>
              <tr>
                <th scope='col'>Method and path</th>
                <th scope='col'>Role</th>
                <th scope='col'>What it does</th>
              </tr>
            </thead>
            <tbody>
              {operations.map(({ method, path, op }) => (
                <tr>
                  <td>
                    <code>
                      {method.toUpperCase()} {path}
                    </code>
                  </td>
                  <td>{op['x-role'] ?? 'public'}</td>
                  <td>{op.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </main>
      </body>
    </Document>
  )
})
