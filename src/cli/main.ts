/**
 * `factdesk` command line: the same services as the app, no Electron.
 * Each command lives in commands/<name>.ts and exports `run(args): Promise<number>` (the exit status);
 * `main` picks one (index.ts runs it on the process's arguments, tests call it directly).
 */
import { run as extract } from './commands/extract'
import { run as init } from './commands/init'
import { run as serve } from './commands/serve'
import { run as report } from './commands/report'
import { run as revise } from './commands/revise'

type Command = { run: (args: string[]) => Promise<number>; usage: string; about: string }

const commands: Record<string, Command> = {
  extract: {
    run: extract,
    usage: 'extract FILE [--json]',
    about: 'claims, quotes and possible inconsistencies found in an article or transcript'
  },
  init: { run: init, usage: 'init FILE', about: 'create or refresh the case file for FILE; prints its path' },
  serve: {
    run: serve,
    usage: 'serve [FILE] [--port N] [--no-open]',
    about: 'the app in browser mode on 127.0.0.1; prints its address first'
  },
  report: {
    run: report,
    usage:
      'report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]',
    about: 'the verification report of a case (or of an article, by its case)'
  },
  revise: {
    run: revise,
    usage: 'revise CASE_OR_ARTICLE NEW_FILE [--case CASE] [--json] [--dry-run] [--checker NAME]',
    about: 'carry every annotation into the next draft'
  }
}

function help(): string {
  // Usage on its own line, what it does under it: the long usages would push a column off the terminal.
  const lines = Object.values(commands).flatMap((c) => [`  factdesk ${c.usage}`, `      ${c.about}`])
  return [
    'Factdesk: claims, quotes and sources for fact-checkers, all on this machine.',
    '',
    'Usage:',
    ...lines,
    '  factdesk COMMAND --help',
    '      the usage of one command'
  ].join('\n')
}

const HELP_FLAGS = new Set(['--help', '-h'])

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || HELP_FLAGS.has(name) || name === 'help') {
    console.log(help())
    return 0
  }
  const command = commands[name]
  if (!command) {
    console.error(`factdesk: unknown command "${name}"; try factdesk --help`)
    return 1
  }
  // `factdesk report --help` is how most people ask; it is an answer on stdout, not an unknown option.
  if (rest.some((arg) => HELP_FLAGS.has(arg))) {
    console.log(`usage: factdesk ${command.usage}\n  ${command.about}`)
    return 0
  }
  try {
    return await command.run(rest)
  } catch (error) {
    // Last resort: a bug, not bad input. Still one line, still exit 1.
    console.error(`factdesk ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
