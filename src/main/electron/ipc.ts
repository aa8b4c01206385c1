/**
 * The IPC side of the contract: one channel per API method, all registered through `handle()`,
 * which refuses any sender that is not the app's own page and turns every error into a Result.
 * Nothing is exposed but the contract's methods.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { API_METHODS, type FactdeskApi } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'
import { callApi } from '../services/api'
import type { SenderCheck } from './sender-check'


/** The single wrapper around ipcMain.handle. */
export function handle(channel: string, isTrustedSender: SenderCheck, run: (input: unknown) => Promise<Result<unknown>>): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
    // A frame from anywhere else (an injected iframe, a navigated page) gets nothing.
    if (!isTrustedSender(event.senderFrame?.url)) return fail('forbidden', 'This request did not come from the Factdesk window.')
    try {
      return await run(input)
    } catch (error) {
      return fail('internal', `${channel} failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
}

export function setupIpc(api: FactdeskApi, isTrustedSender: SenderCheck): void {
  for (const method of API_METHODS) handle(method, isTrustedSender, (input) => callApi(api, method, input))
}
