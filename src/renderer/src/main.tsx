import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { connectApi } from './api/client'
import './styles/base.css'
import './styles/layout.css'
import './styles/article.css'
import './styles/panels.css'
import './styles/chrome.css'

const api = connectApi()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App api={api} />
    </StrictMode>
  )
}
