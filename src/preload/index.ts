/**
 * The only bridge between the page and Node: `window.factdesk`, one function per API method
 * (each a plain ipcRenderer.invoke on the method's channel), plus the menu channel and the path
 * of a dropped file. No ipcRenderer, no process, no Node API reaches the page.
 * Built as CommonJS: a sandboxed preload cannot load ES modules.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { API_METHODS } from '../shared/contract'

const MENU_CHANNEL = 'menu'

const api: Record<string, unknown> = {}
for (const method of API_METHODS) {
  api[method] = (input?: unknown) => ipcRenderer.invoke(method, input)
}

api.onMenuCommand = (callback: (message: unknown) => void) => {
  // The event object (with its `sender`) stays here; the page only sees the message.
  const listener = (_event: IpcRendererEvent, message: unknown) => callback(message)
  ipcRenderer.on(MENU_CHANNEL, listener)
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, listener)
  }
}

api.pathForFile = (file: File) => webUtils.getPathForFile(file)

contextBridge.exposeInMainWorld('factdesk', api)
