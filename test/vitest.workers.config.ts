import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'
import { ACCESS_AUD, ACCESS_TEAM_DOMAIN, accessTestKeys } from './access-keys.ts'

const root = path.resolve(import.meta.dirname, '..')

export default defineConfig(async () => {
  const keys = await accessTestKeys('current')
  // Access rotates its signing keys; the next key is published only once a test says so.
  const next = await accessTestKeys('next')
  let published = [keys.publicJwk]
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: {
            TEST_MIGRATIONS: await readD1Migrations(path.join(root, 'worker/migrations')),
            TEST_ACCESS_PRIVATE_JWK: JSON.stringify(keys.privateJwk),
            TEST_ACCESS_NEXT_PRIVATE_JWK: JSON.stringify(next.privateJwk),
            // The pool's secret: fixed, so a failing test can be replayed.
            SEAL_KEY: 'test-seal-key-0123456789abcdefghijklmnop',
            ACCESS_TEAM_DOMAIN,
            ACCESS_AUD,
            ACCESS_ADMINS: 'admin@lernraum.example',
            ACCESS_RESEARCHERS: '*@research.example',
          },
          // The team's JWKS, served to the Worker's outbound fetch as Access would serve it.
          outboundService: (request: Request) => {
            if (request.url === `${ACCESS_TEAM_DOMAIN}/cdn-cgi/access/certs`)
              return Response.json({ keys: published })
            if (request.url === `${ACCESS_TEAM_DOMAIN}/test/rotate`) {
              published = [keys.publicJwk, next.publicJwk]
              return new Response(null, { status: 204 })
            }
            return new Response('no network in tests', { status: 502 })
          },
        },
      }),
    ],
    test: {
      root,
      include: ['test/workers/**/*.test.{ts,tsx}'],
      setupFiles: ['test/workers/setup.ts'],
    },
  }
})
