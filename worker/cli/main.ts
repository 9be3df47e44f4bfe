import { parseArgs } from 'node:util'
import { codeCommand } from './code.ts'
import { reportCommand } from './report.ts'
import { tokenCommand } from './token.ts'

const usage = `npm run lernraum -- <command>

  token create --role researcher|admin --label NAME [--remote]
                      create an API token; it is printed once, alone on the last line
  token list [--remote]
  token revoke ID [--remote]
  code [--codebook FILE] [--lang de|en]
                      code JSON lines {"text": "…"} from stdin into themes, one JSON line
                      out per line in; the shipped codebook unless --codebook is given
  report [--survey SLUG] [--send]
                      build the due reports now (each period once), print them and
                      write their HTML; --send also sends the queued emails

Without --remote the local D1 of npm start is used; --remote needs 'wrangler login'.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    label: { type: 'string' },
    remote: { type: 'boolean', default: false },
    codebook: { type: 'string' },
    lang: { type: 'string' },
    survey: { type: 'string' },
    send: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
})

const [command, ...rest] = positionals
try {
  if (values.help || !command) console.log(usage)
  else if (command === 'token') await tokenCommand(rest, values)
  else if (command === 'code') await codeCommand(values)
  else if (command === 'report') await reportCommand(values)
  else throw new Error(`unknown command "${command}"\n\n${usage}`)
} catch (err) {
  console.error(`lernraum: ${(err as Error).message}`)
  process.exitCode = 1
}
