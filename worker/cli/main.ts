import { parseArgs } from 'node:util'
import { sendTarget } from './send-target.ts'

const usage = `npm run lernraum -- <command>

  token create --role researcher|admin --label NAME [--remote]
                      create an API token; it is printed once, alone on the last line
  token list [--remote]
  token revoke ID [--remote]
  code [--codebook FILE] [--lang de|en]
                      code JSON lines {"text": "…", "side": "enabler"|"barrier"} (side of
                      the question, optional) from stdin into themes, one JSON line out per
                      line in, with the words that signalled each theme and whether its
                      polarity came from the answer or the side; the shipped codebook
                      unless --codebook is given
  code --score FILE [--split test|tune|all] [--ignore-polarity] [--misses]
       [--against PASS] [--codebook FILE]
                      score the coder against a hand-coded development set such as
                      test/coding/dev-set.json: per-theme precision, recall, F1 and
                      Cohen's κ, micro-F1 and mean κ per language; --misses (tune split
                      only) lists the answers coded differently; --against PASS
                      scores a second person's coding of dev-set.texts.json instead
                      (with --misses on any split, to resolve disagreements)
  report [--survey SLUG] [--send [--port N]]
                      build the due reports now (each period once), print them and
                      write their HTML; --send also sends the queued emails through
                      this checkout's npm start -- --scheduled (port 8787 or --port),
                      and refuses any other server

Without --remote the local D1 of npm start is used; --remote needs 'wrangler login'.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    label: { type: 'string' },
    remote: { type: 'boolean', default: false },
    codebook: { type: 'string' },
    lang: { type: 'string' },
    score: { type: 'string' },
    split: { type: 'string' },
    'ignore-polarity': { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    against: { type: 'string' },
    survey: { type: 'string' },
    send: { type: 'boolean', default: false },
    port: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
})

const [command, ...rest] = positionals
try {
  if (values.help || !command) console.log(usage)
  // Each command's module is loaded when it runs: a command's imports cost only that command.
  // None may reach a .tsx file, which Node's type stripping cannot read (cli-modules.test.ts).
  else if (command === 'token') await (await import('./token.ts')).tokenCommand(rest, values)
  else if (command === 'code' && values.score !== undefined)
    (await import('./code-score.ts')).scoreCommand({ ...values, score: values.score })
  else if (command === 'code') await (await import('./code.ts')).codeCommand(values)
  else if (command === 'report') {
    const sendPort = values.send ? await sendTarget(values) : undefined
    await (await import('./report.ts')).reportCommand({ survey: values.survey, sendPort })
  } else throw new Error(`unknown command "${command}"\n\n${usage}`)
} catch (err) {
  console.error(`lernraum: ${(err as Error).message}`)
  process.exitCode = 1
}
