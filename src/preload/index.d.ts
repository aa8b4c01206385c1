/**
 * What the preload puts on `window` in the desktop app (the contract's FactdeskBridge). In browser mode
 * `window.factdesk` is undefined and the renderer uses its HTTP client instead (same FactdeskApi).
 */
import type { FactdeskBridge } from '../shared/contract'

declare global {
  interface Window {
    factdesk?: FactdeskBridge
  }
}
