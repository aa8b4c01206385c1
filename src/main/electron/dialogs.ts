/**
 * The native dialogs the API is given in the desktop app. What the checker picks in them is their choice: the
 * API may open the picked file and write the report where they said (capabilities.ts).
 */
import { basename, extname } from 'node:path'
import { dialog } from 'electron'

/** File › Open…: an article or a case; null when cancelled. */
export async function chooseFileToOpen(): Promise<string | null> {
  const chosen = await dialog.showOpenDialog({
    title: 'Open an article or a case',
    properties: ['openFile'],
    filters: [
      {
        name: 'Articles, transcripts and cases',
        extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'vtt', 'srt', 'tsv', 'json']
      },
      { name: 'All files', extensions: ['*'] }
    ]
  })
  return chosen.canceled || chosen.filePaths.length === 0 ? null : chosen.filePaths[0]
}

/** Export report › Save: where to write it, starting beside the case; null when cancelled. */
export async function chooseReportDestination(suggested: string): Promise<string | null> {
  const extension = extname(suggested).slice(1)
  const chosen = await dialog.showSaveDialog({
    title: 'Save the verification report',
    defaultPath: suggested,
    buttonLabel: 'Save report',
    filters: [{ name: `${extension.toUpperCase()} report`, extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  })
  if (chosen.canceled || !chosen.filePath) return null
  // A name typed without its extension still gets the format's own.
  return extname(basename(chosen.filePath)) ? chosen.filePath : `${chosen.filePath}.${extension}`
}
