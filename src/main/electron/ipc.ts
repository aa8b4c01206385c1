/**
 * The IPC side of the contract: one channel per API method, all registered through `handle()`,
 * which refuses any sender that is not the app's own page and turns every error into a Result.
 * Besides the contract's methods there are two channels: the preload reporting a file the checker
 * picked or dropped, which the API may then read (capabilities.ts), and the preload asking for the
 * next part of a long answer (answer-parts.ts: a session of a big case crosses in short messages).
 */
import { stat } from 'node:fs/promises'
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import {
  ANSWER_PART_CHANNEL,
  API_METHODS,
  CHOSEN_FILE_CHANNEL,
  type FactdeskApi,
  type PartedAnswer
} from '../../shared/contract'
import { fail, ok, type Result } from '../../shared/result'
import { callApi } from '../services/api'
import { plainPath, type Capabilities } from '../services/capabilities'
import { AnswerParts } from './answer-parts'
import type { SenderCheck } from './sender-check'

/** The single wrapper around ipcMain.handle. */
export function handle(
  channel: string,
  isTrustedSender: SenderCheck,
  run: (input: unknown) => Promise<Result<unknown> | PartedAnswer>
): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
    // A frame from anywhere else (an injected iframe, a navigated page) gets nothing.
    if (!isTrustedSender(event.senderFrame?.url))
      return fail('forbidden', 'This request did not come from the Factdesk window.')
    try {
      return await run(input)
    } catch (error) {
      return fail(
        'internal',
        `${channel} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`
      )
    }
  })
}

/**
 * A file picked in the window or dropped on it. The preload sends only what webUtils.getPathForFile answered, and
 * Chromium answers a path only for a File the user gave the page (a File made by script has none); the page itself
 * cannot reach this channel (context isolation). Only an existing regular file becomes a capability.
 */
export async function grantChosenFile(capabilities: Capabilities, input: unknown): Promise<Result<null>> {
  if (typeof input !== 'string' || input.includes('\0'))
    return fail('invalid-input', 'A chosen file is named by its full path.')
  const plain = plainPath(input)
  if (!plain.ok) return plain
  const info = await stat(plain.value).catch(() => null)
  if (!info) return fail('not-found', `${input} does not exist (moved or deleted?).`)
  if (!info.isFile()) return fail('is-directory', `${input} is a folder, not a file.`)
  capabilities.grantFile(plain.value)
  return ok(null)
}

export function setupIpc(
  api: FactdeskApi,
  isTrustedSender: SenderCheck,
  capabilities: Capabilities,
  parts: AnswerParts = new AnswerParts()
): void {
  for (const method of API_METHODS)
    handle(method, isTrustedSender, async (input) => parts.answer(await callApi(api, method, input)))
  handle(CHOSEN_FILE_CHANNEL, isTrustedSender, (input) => grantChosenFile(capabilities, input))
  handle(ANSWER_PART_CHANNEL, isTrustedSender, async (id) => parts.next(id))
}
