/**
 * The only bridge between the page and Node: `window.factdesk`, typed as the contract's FactdeskBridge: one
 * function per API method (each an ipcRenderer.invoke on the method's channel; a long answer, a big case's session,
 * comes in parts asked for one at a time on the answer-part channel and is handed to the page whole), the command
 * channel of the native menu, and the path of a picked or dropped file. No ipcRenderer, no process, no Node API
 * reaches the page.
 * Built as CommonJS: a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  ANSWER_PART_CHANNEL,
  apiFromCaller,
  assembleParted,
  CHOSEN_FILE_CHANNEL,
  COMMAND_CHANNEL,
  type Command,
  type AnswerPart,
  type FactdeskBridge,
  isPartedAnswer
} from '../shared/contract'
import { fail, type Result } from '../shared/result'

/** The next part of a long answer: one short IPC message; a failure to get it is an answer too, never a throw. */
function nextPart(id: string): Promise<Result<AnswerPart>> {
  return (ipcRenderer.invoke(ANSWER_PART_CHANNEL, id) as Promise<Result<AnswerPart>>).catch((error: unknown) =>
    fail('internal', `The answer from Factdesk’s main process was cut off: ${(error as Error).message}.`)
  )
}

/** A method's answer: as main sent it, or whole from its parts. */
async function call(method: string, input: unknown): Promise<Result<unknown>> {
  const answer = (await ipcRenderer.invoke(method, input)) as unknown
  return isPartedAnswer(answer) ? assembleParted(answer.parted, nextPart) : (answer as Result<unknown>)
}

const bridge = {
  ...apiFromCaller(call),
  onCommand(callback: (command: Command) => void) {
    // The event object (with its `sender`) stays here; the page only sees the command.
    const listener = (_event: IpcRendererEvent, command: Command) => callback(command)
    ipcRenderer.on(COMMAND_CHANNEL, listener)
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, listener)
    }
  },
  async pathForFile(file: File) {
    // Chromium knows the path only of a File the user gave the page; main then lets the API read that file.
    const path = webUtils.getPathForFile(file)
    if (!path) return ''
    const granted = (await ipcRenderer.invoke(CHOSEN_FILE_CHANNEL, path)) as Result<null>
    return granted.ok ? path : ''
  }
} satisfies FactdeskBridge

contextBridge.exposeInMainWorld('factdesk', bridge)
