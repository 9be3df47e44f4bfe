import { applyD1Migrations, env } from 'cloudflare:test'
import { installShippedForms } from '../../worker/db/shipped.ts'

// Setup files may run more than once; both steps leave what is already there alone.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
await installShippedForms(env.DB)
