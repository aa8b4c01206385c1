/**
 * The interface, rendered once its code has arrived: main.tsx loads this module after it has asked for the startup
 * state, so the server reads the case while the browser compiles and runs this bundle.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { FactdeskApi, Startup } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { App } from './App'

export function renderApp(api: FactdeskApi, startup: Promise<Result<Startup>>): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App api={api} startup={startup} />
    </StrictMode>
  )
}
