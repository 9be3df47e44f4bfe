import path from 'node:path'
import { defineConfig } from 'vitest/config'
import { BaseSequencer, type TestSpecification } from 'vitest/node'

const root = path.resolve(import.meta.dirname, '..')

/** The HTML check reads the pages every other browser test saw, so it runs after them all. */
class HtmlCheckLast extends BaseSequencer {
  async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files)
    const last = (f: TestSpecification) => f.moduleId.endsWith('html-validity.test.ts')
    return [...sorted.filter((f) => !last(f)), ...sorted.filter(last)]
  }
}

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
    sequence: { sequencer: HtmlCheckLast },
  },
})
