import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createDeflateRaw, deflateRawSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleForNode } from '../../helpers/bundle-for-node'
import { makeDocx } from '../../fixtures/import/make-docx'
import { importBytes } from '../../../src/main/services/file-import'
import { MAX_DOCX_XML_BYTES } from '../../../src/main/services/docx-guard'

/**
 * Zip bombs (issue 9): a 1 MB .docx whose document.xml inflates to 300 MB ran the CLI out of memory.
 * Each bomb is imported in a child process through the real file service, which reports its time
 * and peak memory: refused in under 2 s, under 300 MB, in our words.
 */
const BOMB_BYTES = 300 * 1024 * 1024
const folder = mkdtempSync(join(tmpdir(), 'factdesk-bomb-'))
let childScript = ''
let bombXml: Uint8Array = new Uint8Array()

/** 300 MB of XML-ish filler, deflated as a stream (the test never holds the 300 MB itself). */
async function deflatedFiller(bytes: number): Promise<Uint8Array> {
  const chunk = Buffer.alloc(1024 * 1024, 'a')
  const chunks: Buffer[] = []
  const deflate = createDeflateRaw({ level: 9 })
  deflate.on('data', (data: Buffer) => chunks.push(data))
  await pipeline(
    Readable.from(
      (function* () {
        for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk
      })()
    ),
    deflate
  )
  return new Uint8Array(Buffer.concat(chunks))
}

function importInChild(
  name: string,
  bytes: Uint8Array
): { ms: number; peakMB: number; ok: boolean; error: { code: string; message: string } | null } {
  const path = join(folder, name)
  writeFileSync(path, bytes)
  const output = execFileSync(process.execPath, [childScript, path], { encoding: 'utf8', timeout: 60_000 })
  return JSON.parse(output) as ReturnType<typeof importInChild>
}

beforeAll(async () => {
  childScript = await bundleForNode(join(__dirname, 'bomb-child.ts'), 'factdesk-bomb-')
  bombXml = await deflatedFiller(BOMB_BYTES)
}, 120_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('.docx packages are bounded before anything is unpacked', () => {
  it('refuses a bomb that declares its 300 MB, from the ZIP directory alone', () => {
    const bomb = makeDocx([{ text: 'Cover.' }], { 'word/document.xml': { packed: bombXml, declaredSize: BOMB_BYTES } })
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)
    const run = importInChild('declared.docx', bomb)
    expect(run.error?.code).toBe('too-large')
    expect(run.error?.message).toBe(
      'Cannot open "declared.docx": it unpacks to 300.0 MB of Word XML, far past any article; it was refused before unpacking.'
    )
    expect(run.ms).toBeLessThan(2000)
    expect(run.peakMB).toBeLessThan(300)
  })

  it('refuses a bomb that lies (declares 1 KB, holds 300 MB), stopping at the declared size', () => {
    const bomb = makeDocx([{ text: 'Cover.' }], { 'word/document.xml': { packed: bombXml, declaredSize: 1024 } })
    const run = importInChild('lying.docx', bomb)
    expect(run.error).toEqual({
      code: 'corrupt-docx',
      message:
        'Cannot open "lying.docx": it is not a readable Word document (its part word/document.xml is not the size the package says).'
    })
    expect(run.ms).toBeLessThan(2000)
    expect(run.peakMB).toBeLessThan(300)
  })

  it('refuses XML parts whose declared sizes add up past the limit, even when each is small', async () => {
    const part = { packed: deflateRawSync(Buffer.from('<x/>')), declaredSize: Math.ceil(MAX_DOCX_XML_BYTES / 4) }
    const bytes = makeDocx([{ text: 'Text.' }], {
      'word/footnotes.xml': part,
      'word/endnotes.xml': part,
      'word/comments.xml': part,
      'word/header1.xml': part,
      'word/header2.xml': part
    })
    const result = await importBytes('parts.docx', bytes)
    expect(!result.ok && result.error.code).toBe('too-large')
  })

  it('never unpacks pictures: a large image does not count, and the text still imports', async () => {
    const picture = { packed: deflateRawSync(Buffer.alloc(1024)), declaredSize: 500 * 1024 * 1024 }
    const result = await importBytes(
      'photo.docx',
      makeDocx([{ text: 'The ferry left at noon.' }], { 'word/media/image1.png': picture })
    )
    expect(result.ok && result.value.article.text).toBe('The ferry left at noon.')
  })
})
