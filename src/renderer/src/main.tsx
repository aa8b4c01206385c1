/**
 * The page's first module, kept small: it asks for the startup state (the case to show, read and extracted by the
 * server or main process) at once, then loads the interface (render-app.tsx, most of the page's code). On a big case
 * the two took turns, the request waiting for the whole interface to be parsed and run; now they overlap.
 */
import { connectApi, viewerTag } from './api/client'
import './styles/base.css'
import './styles/layout.css'
import './styles/article.css'
import './styles/panels.css'
import './styles/chrome.css'

const api = connectApi()
// With this window's id, the other windows with the case open are named in the first frame (case-owners.ts).
const startup = api.getStartup({ ...viewerTag() })
void import('./render-app').then(({ renderApp }) => renderApp(api, startup))
// The locale's date data, loaded on another thread (lib/intl-warm.ts): made here, the first formatter took this
// thread 40-340 ms while the interface's code was arriving. Without workers (or if this one fails), the first date
// shown loads it, as before.
if (typeof Worker !== 'undefined') {
  try {
    const warm = new Worker(new URL('./lib/intl-warm.ts', import.meta.url))
    warm.onerror = () => warm.terminate()
  } catch {
    // A date shown loads the data itself.
  }
}
