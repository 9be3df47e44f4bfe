import { installShippedForms } from '../db/shipped.ts'
import { applyLocalMigrations, withLocalDb } from './local.ts'

/**
 * Brings a local D1 up to date: migrations, then the shipped forms. Both leave what is
 * already there alone, so a restart never wipes earlier answers.
 */
export async function prepareLocalDatabase(persistTo: string): Promise<string[]> {
  await applyLocalMigrations(persistTo)
  return withLocalDb(persistTo, (env) => installShippedForms(env.DB))
}
