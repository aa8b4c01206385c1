/**
 * Run in a child process by docx-bomb.test.ts: imports one file through the real file service and
 * prints how long it took, the process's peak memory and the result, as one JSON line.
 */
import { importFile } from '../../../src/main/services/file-import'

const path = process.argv[2] ?? ''
const started = performance.now()
const result = await importFile(path)
const ms = performance.now() - started
const peakMB = process.resourceUsage().maxRSS / 1024
process.stdout.write(`${JSON.stringify({ ms, peakMB, ok: result.ok, error: result.ok ? null : result.error })}\n`)
