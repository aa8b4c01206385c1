/**
 * The only bridge between the page and Node: `window.factdesk`, typed as the contract's FactdeskBridge: one
 * function per API method (each a plain ipcRenderer.invoke on the method's channel), the command channel of the
 * native menu, and the path of a picked or dropped file. No ipcRenderer, no process, no Node API reaches the page.
 * Built as CommonJS: a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  apiFromCaller,
  CHOSEN_FILE_CHANNEL,
  COMMAND_CHANNEL,
  type Command,
  type FactdeskBridge
} from '../shared/contract'
import type { Result } from '../shared/result'

const bridge = {
  ...apiFromCaller((method, input) => ipcRenderer.invoke(method, input) as Promise<Result<unknown>>),
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
