declare namespace Cloudflare {
  interface Env {
    /** Test-only: the migrations read by test/vitest.workers.config.ts. */
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[]
  }
}
