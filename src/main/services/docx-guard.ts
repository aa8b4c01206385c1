import { inflateRawSync } from 'node:zlib'
import type { AppError } from '../../shared/result'
import { errors } from '../../core/import/errors'
import { entryDataOffset, readZipDirectory, type ZipEntry } from '../../core/import/zip-directory'

/**
 * A .docx is checked before mammoth unpacks any of it. Mammoth reads the package's XML parts
 * (document, styles, numbering, notes, relationships) and, with our image converter, never the
 * media. So the XML parts are what is bounded:
 * - their sizes as the ZIP directory declares them: refused past MAX_DOCX_XML_BYTES in all;
 * - their real sizes: each deflated part is inflated once here with zlib's maxOutputLength set to
 *   its declared size, so a package that lies about a size (declares 1 KB, holds 300 MB) stops at
 *   the declared size instead of filling memory inside JSZip.
 */

/**
 * The text limit, inside a package: the XML parts that hold a draft's text (document, notes, styles) may declare
 * this much in all. Word's XML is several times the text it holds, so a draft at the text limit fits; 64 MB is
 * far past any article. Pictures and other media do not count: they are never unpacked.
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024

const STORED = 0
const DEFLATED = 8

/** The parts mammoth reads: XML and relationships; media and embedded files are never unpacked. */
const isReadByMammoth = (entry: ZipEntry): boolean => /\.(?:xml|rels)$/i.test(entry.name)

function inflatesToDeclaredSize(bytes: Uint8Array, entry: ZipEntry): boolean {
  const start = entryDataOffset(bytes, entry)
  if (start < 0) return false
  const data = bytes.subarray(start, start + entry.compressedSize)
  if (entry.method === STORED) return entry.compressedSize === entry.uncompressedSize
  if (entry.method !== DEFLATED) return false
  try {
    // One byte more than declared: a part that reaches it holds more than it says.
    const inflated = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 })
    return inflated.length === entry.uncompressedSize
  } catch {
    return false // over the declared size (RangeError) or not a deflate stream: either way not a sound package
  }
}

/** null when mammoth may open the package; otherwise the one clear reason it may not. */
export function checkDocxPackage(fileName: string, bytes: Uint8Array): AppError | null {
  const directory = readZipDirectory(bytes)
  if (!directory.ok) return errors.corruptDocx(fileName, directory.reason)
  const parts = directory.entries.filter(isReadByMammoth)
  if (!parts.some((entry) => entry.name === 'word/document.xml')) {
    return errors.corruptDocx(fileName, 'it has no word/document.xml, so it is not a Word document')
  }
  const declared = parts.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (declared > MAX_DOCX_XML_BYTES) return errors.docxTooLarge(fileName, declared)
  for (const entry of parts) {
    if (!inflatesToDeclaredSize(bytes, entry)) {
      return errors.corruptDocx(fileName, `its part ${entry.name} is not the size the package says`)
    }
  }
  return null
}
