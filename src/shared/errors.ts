/**
 * Every error code that crosses a boundary (IPC, HTTP, CLI), each with what it means in a checker's words.
 * An AppError's own message is specific (it names the file and the reason); this table is the one place that
 * says which codes exist, so a code cannot be misspelt on one side ('unauthorised' / 'unauthorized') and the
 * UI can fall back to a sentence when a message is missing. Add a code here before using it.
 */
export const ERROR_MEANINGS = {
  // Opening a draft (src/core/import, src/main/services/file-import.ts)
  'too-large': 'The file is larger than Factdesk can read.',
  empty: 'The file is empty.',
  pdf: 'The file is a PDF; Factdesk reads .txt, .md, .html and .docx drafts.',
  'unsupported-format': 'Factdesk cannot read files of this kind.',
  binary: 'The file is not a text file.',
  'no-article-text': 'No article text was found in the file.',
  'corrupt-docx': 'The file is not a readable Word document.',
  'needs-docx-converter': 'Word documents are converted by the desktop app.',
  'is-directory': 'A folder was given where a file was expected.',
  unreadable: 'The file could not be read.',
  'parse-failed': 'The file’s contents could not be read.',
  'import-cancelled': 'The import was cancelled; nothing was changed.',
  'import-too-slow': 'Reading the file took longer than Factdesk allows; nothing was changed.',
  'import-too-big': 'Reading the file needed more memory than Factdesk allows; nothing was changed.',
  'case-file-not-draft': 'The file is a Factdesk case file, not a draft; open it as a case.',

  // Case files (src/main/services/case-store.ts, case-backups.ts, migrations)
  'not-found': 'The file does not exist (moved or deleted?).',
  'read-failed': 'The file could not be read.',
  'case-invalid': 'The case file is damaged; it was not changed.',
  'case-newer': 'The case file was saved by a newer Factdesk.',
  conflict: 'The case file was changed on disk by someone else.',
  locked: 'Another Factdesk is writing this case right now; try again in a moment.',
  'unknown-conflict': 'That conflict was already settled.',
  'disk-full': 'The disk is full; nothing was lost.',
  'read-only': 'The folder is read-only.',
  'not-writable': 'The folder cannot be written.',
  'write-failed': 'The file could not be written; the previous version is intact.',
  'case-in-library': 'Factdesk already keeps this case, with other work in it: choose which copy to open.',
  'several-cases': 'More than one case file has this article as its current draft: open the one you mean.',
  'sample-missing': 'The bundled sample article is missing from this installation.',

  // Case operations (src/core/case)
  'unknown-item': 'That item is no longer in the case.',
  'unknown-source': 'That source is no longer in the case.',
  'unknown-query': 'That query is no longer in the case.',
  'unknown-note': 'That note is no longer in the case.',
  'not-a-claim': 'Only a claim has a claim type.',
  'unknown-claim-type': 'That is not a claim type Factdesk knows.',
  'invalid-status': 'Every status needs its own label.',
  'status-needed': 'Factdesk needs that status; it cannot be removed.',
  'status-move-needed': 'Items are on a status being removed: pick where they go.',
  'unknown-status': 'That status does not exist in this case.',
  'system-status': 'That status is built in and cannot be changed that way.',
  'invalid-colour': 'That is not a colour.',
  'invalid-source': 'The source is incomplete.',
  'empty-note': 'A note needs some text.',
  'empty-query': 'A query needs some text.',
  'empty-selection': 'Select some words of the article first.',
  'empty-span': 'An item must cover at least one word.',
  'no-word': 'The selection holds no word.',
  'too-short': 'The item would be too short.',
  'not-manual': 'Only items added by hand can be deleted.',
  'already-current': 'That draft is already the current one.',
  'empty-name': 'A speaker or claimant needs a name; clear it instead.',
  'name-too-long': 'That name is too long.',
  'invalid-checklist': 'Every checklist step needs its own label.',
  'invalid-report-header': 'A line of the report header is too long.',

  // Reports and evidence (src/main/services/export.ts, evidence.ts, snapshot.ts, external.ts)
  'no-chromium': 'No Chromium or Chrome was found to print the PDF.',
  'pdf-failed': 'The PDF could not be made.',
  'render-failed': 'The report could not be made.',
  'out-required': 'Say where to write the report.',
  'invalid-url': 'That is not a web address.',
  'unsupported-url': 'Only http and https addresses can be opened.',
  'blocked-address': 'That address is on this computer or its local network; Factdesk does not fetch it.',
  network: 'The page could not be reached.',
  offline: 'Factdesk’s own server is not answering.',
  timeout: 'The page took too long to answer.',
  'http-error': 'The web server answered with an error.',
  'open-failed': 'The file could not be opened.',

  // The API itself (src/main/services/api.ts, web/server.ts, electron/ipc.ts, the renderer's client)
  'invalid-input': 'The request was not valid.',
  'unknown-method': 'There is no such API method.',
  unsupported: 'This is not available in this mode.',
  unavailable: 'This is not available in this build of Factdesk.',
  forbidden: 'The request came from somewhere Factdesk does not trust.',
  'forbidden-path': 'Factdesk only touches files you chose and the files of their cases.',
  unauthorized: 'The access token is missing or out of date.',
  'bad-request': 'The request could not be read.',
  'method-not-allowed': 'The request used the wrong HTTP method.',
  'bad-response': 'Factdesk’s server gave an answer that could not be read.',
  internal: 'Something went wrong inside Factdesk; nothing was changed.'
} as const satisfies Record<string, string>

/** A stable, machine-readable error code. */
export type ErrorCode = keyof typeof ERROR_MEANINGS

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_MEANINGS, value)
}
