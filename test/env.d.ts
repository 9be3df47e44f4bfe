declare namespace Cloudflare {
  interface Env {
    /** Test-only: the migrations read by test/vitest.workers.config.ts. */
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[]
    /** Test-only: the private half of the Access signing key served as JWKS to the Worker. */
    TEST_ACCESS_PRIVATE_JWK: string
    /** Test-only: the key Access rotates to, published in the JWKS once a test asks for it. */
    TEST_ACCESS_NEXT_PRIVATE_JWK: string
  }
}

declare namespace Cloudflare {
  // Types `exports.default` in the workerd tests; left out of the generated types so that
  // Node-side code (CLI, browser tests) does not type-check the Worker against Node's globals.
  interface GlobalProps {
    mainModule: typeof import('../worker/index.tsx')
  }
}

// Vite's `?raw` import: a file's text, for tests that check configuration the runtime applies.
declare module '*?raw' {
  const text: string
  export default text
}
