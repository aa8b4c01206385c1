import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createApi } from './api/client'
import './styles/base.css'
import './styles/layout.css'
import './styles/article.css'
import './styles/panels.css'
import './styles/chrome.css'

const api = createApi()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>
  )
}
