import path from 'node:path'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: path.join(root, 'wrangler.toml') },
      miniflare: {
        bindings: { TEST_MIGRATIONS: await readD1Migrations(path.join(root, 'worker/migrations')) },
      },
    }),
  ],
  test: {
    root,
    include: ['test/workers/**/*.test.{ts,tsx}'],
    setupFiles: ['test/workers/setup.ts'],
  },
}))
