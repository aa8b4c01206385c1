/**
 * What the preload puts on `window` in the desktop app. In browser mode `window.factdesk` is
 * undefined and the renderer uses its HTTP client instead (same FactdeskApi).
 */
import type { FactdeskApi, MenuCommand } from '../shared/contract'

export interface FactdeskBridge extends FactdeskApi {
  /** Subscribes to menu actions; answers the function that unsubscribes. */
  onMenuCommand(callback: (message: MenuCommand) => void): () => void
  /** The full path of a file dropped on the window ('' when it has none). */
  pathForFile(file: File): string
}

declare global {
  interface Window {
    factdesk?: FactdeskBridge
  }
}
