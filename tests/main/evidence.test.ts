import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addEvidenceFile, evidenceDirFor } from '../../src/main/services/evidence'
import { checkExternalUrl } from '../../src/main/services/external'
import { tempDir } from '../helpers/temp-dir'
import { savedHarbourCase } from './harbour-case'

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('evidence files', () => {
  it('copies a local file into <article>.evidence/ with its SHA-256, never overwriting', async () => {
    const casePath = await savedHarbourCase()
    const source = join(tempDir(), 'council minutes.pdf')
    writeFileSync(source, '%PDF-1.4 minutes')
    const first = await addEvidenceFile(casePath, { path: source })
    writeFileSync(source, '%PDF-1.4 minutes, amended')
    const second = await addEvidenceFile(casePath, { path: source })
    if (!first.ok || !second.ok) throw new Error('expected ok')
    expect(first.value).toEqual({
      filePath: 'harbour.txt.evidence/council minutes.pdf',
      fileName: 'council minutes.pdf',
      sha256: sha('%PDF-1.4 minutes')
    })
    expect(second.value.fileName).toBe('council minutes (2).pdf')
    expect(readFileSync(join(dirname(casePath), first.value.filePath), 'utf8')).toBe('%PDF-1.4 minutes')
    expect(evidenceDirFor(casePath)).toBe(join(dirname(casePath), 'harbour.txt.evidence'))
  })

  it('stores uploaded bytes under a safe name', async () => {
    const casePath = await savedHarbourCase()
    const stored = await addEvidenceFile(casePath, {
      fileName: '../../escape.txt',
      base64: Buffer.from('note').toString('base64')
    })
    expect(stored.ok && stored.value.filePath).toBe('harbour.txt.evidence/escape.txt')
  })

  it('refuses a case path that is not an existing case file', async () => {
    const stored = await addEvidenceFile(join(tempDir(), 'nowhere.factdesk.json'), { fileName: 'a.txt', base64: '' })
    expect(stored.ok ? 'ok' : stored.error.code).toBe('not-found')
  })

  it('names a missing source file', async () => {
    const stored = await addEvidenceFile(await savedHarbourCase(), { path: '/no/such/file.pdf' })
    expect(stored.ok ? '' : stored.error.message).toContain('/no/such/file.pdf')
  })
})

describe('external links', () => {
  it.each([
    ['https://example.org/a?b=1', true],
    ['http://example.org', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://share/x', false],
    ['not a url', false]
  ])('%s may be opened: %s', (url, allowed) => {
    expect(checkExternalUrl(url).ok).toBe(allowed)
  })
})
