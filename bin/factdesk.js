#!/usr/bin/env node
// Thin launcher: the CLI itself is built into out/cli by `npm install` (prepare).
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { dirname, join } from 'node:path'

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'cli', 'index.mjs')
if (!existsSync(built)) {
  console.error(
    'factdesk: the command line is not built yet; run `npm install` (or `npm run build:cli`) in the project folder.'
  )
  process.exit(1)
}
await import(pathToFileURL(built).href)
