import path from 'node:path'
import { defineConfig } from 'vitest/config'

const root = path.resolve(import.meta.dirname, '..')

/** Browser tests run in Node and drive Debian's Chromium against `wrangler dev` on workerd. */
export default defineConfig({
  test: {
    root,
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One Chromium at a time: the machines have two cores and workerd needs one.
    fileParallelism: false,
  },
})
