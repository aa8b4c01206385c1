/**
 * `factdesk` command line: the same services as the app, no Electron.
 * Each command lives in commands/<name>.ts and exports `run(args): Promise<number>` (the exit status).
 */
import { run as extract } from './commands/extract'
import { run as init } from './commands/init'
import { run as serve } from './commands/serve'
import { run as report } from './commands/report'
import { run as revise } from './commands/revise'

type Command = { run: (args: string[]) => Promise<number>; usage: string }

const commands: Record<string, Command> = {
  extract: { run: extract, usage: 'extract FILE [--json]            claims, quotes and facts found in an article' },
  init: {
    run: init,
    usage: 'init FILE                        create or refresh the case file for FILE; prints its path'
  },
  serve: { run: serve, usage: 'serve [FILE] [--port N] [--no-open]  browser mode on 127.0.0.1; prints the URL' },
  report: {
    run: report,
    usage:
      'report FILE_OR_CASE --format html|pdf|md|csv|json|claimreview [--out PATH] [--paper A4|Letter] [--appendix] [--case CASE]'
  },
  revise: {
    run: revise,
    usage:
      'revise CASE_OR_ARTICLE NEW_FILE [--case CASE] [--json] [--dry-run] [--checker NAME]  carry annotations into a new draft'
  }
}

function help(): string {
  const lines = Object.values(commands).map((c) => `  factdesk ${c.usage}`)
  return [
    'Factdesk: claims, quotes and sources for fact-checkers, all on this machine.',
    '',
    'Usage:',
    ...lines,
    '',
    '  factdesk --help                 this text'
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return 0
  }
  const command = commands[name]
  if (!command) {
    console.error(`factdesk: unknown command "${name}"; try factdesk --help`)
    return 1
  }
  try {
    return await command.run(rest)
  } catch (error) {
    // Last resort: a bug, not bad input. Still one line, still exit 1.
    console.error(`factdesk ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

process.exitCode = await main(process.argv.slice(2))
