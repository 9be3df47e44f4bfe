import { parseArgs } from 'node:util'
import { tokenCommand } from './token.ts'

const usage = `npm run lernraum -- <command>

  token create --role researcher|admin --label NAME [--remote]
                      create an API token; it is printed once, alone on the last line
  token list [--remote]
  token revoke ID [--remote]

Without --remote the local D1 of npm start is used; --remote needs 'wrangler login'.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    label: { type: 'string' },
    remote: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})

const [command, ...rest] = positionals
try {
  if (values.help || !command) console.log(usage)
  else if (command === 'token') await tokenCommand(rest, values)
  else throw new Error(`unknown command "${command}"\n\n${usage}`)
} catch (err) {
  console.error(`lernraum: ${(err as Error).message}`)
  process.exitCode = 1
}
