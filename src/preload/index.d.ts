/**
 * What the preload puts on `window` in the desktop app. In browser mode `window.factdesk` is
 * undefined and the renderer uses its HTTP client instead (same FactdeskApi).
 */
import type { FactdeskApi } from '../shared/contract'

/** Menu actions sent from the application menu (see src/main/electron/menu.ts). */
export type MenuCommand =
  | { command: 'open' }
  | { command: 'open-recent'; path: string }
  | { command: 'import-draft' }
  | { command: 'export-report' }
  | { command: 'settings' }

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
