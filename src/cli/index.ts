/** Entry point of the `factdesk` command line (bin/factdesk.js loads its build): the exit status is main's. */
import { main } from './main'

process.exitCode = await main(process.argv.slice(2))
