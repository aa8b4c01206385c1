/**
 * The page's first module, kept small: it asks for the startup state (the case to show, read and extracted by the
 * server or main process) at once, then loads the interface (render-app.tsx, most of the page's code). On a big case
 * the two took turns, the request waiting for the whole interface to be parsed and run; now they overlap.
 */
import { connectApi } from './api/client'
import { prepareDateTimeFormat } from './lib/format'
import './styles/base.css'
import './styles/layout.css'
import './styles/article.css'
import './styles/panels.css'
import './styles/chrome.css'

const api = connectApi()
const startup = api.getStartup()
void import('./render-app').then(({ renderApp }) => renderApp(api, startup))
// While both are on their way: the page would otherwise wait for them, and the first render pays for it.
prepareDateTimeFormat()
