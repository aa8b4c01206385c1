/**
 * The JSON export is the full record: it keeps every person source's name and contact details,
 * on the record or not, and says so in the file, unlike every report meant for circulation.
 */
import { describe, expect, test } from 'vitest'
import { REPORT_JSON_NOTICE, reportJsonFromModel } from '../../../src/core/report/json'
import { renderTextReport } from '../../../src/core/report/render'
import { buildReportModel } from '../../../src/core/report/build-report'
import { FIXED_NOW } from './fixture'
import { sampleCase } from './sample-case'

function offRecordCase() {
  const caseFile = sampleCase()
  const s3 = caseFile.sources.find((source) => source.id === 's3')
  if (!s3?.person) throw new Error('fixture')
  Object.assign(s3, { title: 'Mira Kovac' })
  Object.assign(s3.person, { name: 'Mira Kovac', onRecord: false })
  return caseFile
}

describe('JSON report', () => {
  test('keeps the off-record person in full and says so', () => {
    const json = JSON.parse(renderTextReport(offRecordCase(), 'json', { now: FIXED_NOW })) as ReturnType<
      typeof reportJsonFromModel
    >
    expect(json.notice).toBe(REPORT_JSON_NOTICE)
    expect(json.notice).toMatch(/not on the record/)
    const person = json.case.sources.find((source) => source.id === 's3')?.person
    expect(person).toMatchObject({ name: 'Mira Kovac', contact: '+44 7700 900123', onRecord: false })
  })

  test('summary items say which were checked', () => {
    const json = reportJsonFromModel(buildReportModel(sampleCase(), { now: FIXED_NOW }))
    const checked = json.summary.items
      .filter((item) => item.group === 'draft' && item.checked)
      .map((item) => item.label)
    expect(checked).toEqual(['1', '2', '3', '4', '5', '7', '8'])
  })

  test('the same in every shared format: the name is nowhere but in the JSON', () => {
    for (const format of ['html', 'md', 'csv', 'claimreview'] as const) {
      expect(renderTextReport(offRecordCase(), format, { now: FIXED_NOW, appendix: true })).not.toContain('Kovac')
    }
    expect(renderTextReport(offRecordCase(), 'json', { now: FIXED_NOW })).toContain('Kovac')
  })
})
