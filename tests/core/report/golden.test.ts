/**
 * Golden files: every format, on the sample case and on the hostile one, byte for byte.
 * A deliberate change to a report is reviewed by regenerating them and reading the diff:
 *   UPDATE_GOLDEN=1 npx vitest run tests/core/report/golden.test.ts
 * Without UPDATE_GOLDEN any difference — or a missing golden file — fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { REPORT_EXTENSIONS, renderTextReport, type TextReportFormat } from '../../../src/core/report/render'
import { FIXED_NOW } from './fixture'
import { hostileCase } from './hostile-case'
import { sampleCase } from './sample-case'

const GOLDEN_DIR = join(import.meta.dirname, '../../fixtures/report')
const UPDATE = process.env.UPDATE_GOLDEN === '1'
const FORMATS: TextReportFormat[] = ['html', 'md', 'csv', 'json', 'claimreview']
const CASES = { sample: sampleCase, hostile: hostileCase }

describe.each(Object.entries(CASES))('golden %s report', (name, build) => {
  test.each(FORMATS)('%s', (format) => {
    const actual = renderTextReport(build(), format, { now: FIXED_NOW, paperSize: 'A4' })
    const path = join(GOLDEN_DIR, `${name}.${REPORT_EXTENSIONS[format]}`)
    if (UPDATE) {
      mkdirSync(GOLDEN_DIR, { recursive: true })
      writeFileSync(path, actual)
      return
    }
    if (!existsSync(path))
      throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/core/report/golden.test.ts`)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })
})

// The appendix (history as sentences, evidence, the checked copy) has its own golden files.
describe.each(Object.entries(CASES))('golden %s report with the appendix', (name, build) => {
  test.each(['html', 'md'] as const)('%s', (format) => {
    const actual = renderTextReport(build(), format, { now: FIXED_NOW, paperSize: 'A4', appendix: true })
    const path = join(GOLDEN_DIR, `${name}.appendix.${REPORT_EXTENSIONS[format]}`)
    if (UPDATE) {
      writeFileSync(path, actual)
      return
    }
    if (!existsSync(path))
      throw new Error(`${path} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/core/report/golden.test.ts`)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  })
})

test('rendering is deterministic: the same case and clock give the same bytes', () => {
  for (const format of FORMATS) {
    expect(renderTextReport(sampleCase(), format, { now: FIXED_NOW })).toBe(
      renderTextReport(sampleCase(), format, { now: FIXED_NOW })
    )
  }
})
