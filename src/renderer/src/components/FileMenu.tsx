/**
 * The File menu in the app's own toolbar (browser mode has no native menu; Electron has both).
 * Alt+F or F10 opens it from anywhere, as the native menu bar does on Windows and Linux (Electron's "&File");
 * arrow keys, Home and End move between entries, Enter chooses, Escape closes, as in any desktop menu.
 */
import { useEffect, useEffectEvent, useRef, useState, type KeyboardEvent } from 'react'
import type { Command, RecentEntry } from '../../../shared/contract'
import { recentLabel, uniqueRecent } from '../../../core/case/recent-label'
import { hasNativeMenu } from '../api/shell'

interface Props {
  recent: RecentEntry[]
  /** More than one draft imported: offer the Changes view. */
  hasChanges: boolean
  onOpenMenu(): void
  onCommand(command: Command): void
}

export function FileMenu({ recent, hasChanges, onOpenMenu, onCommand }: Props) {
  const [open, setOpen] = useState(false)
  const menu = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node) && event.target !== button.current) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])

  // Alt+F / F10 from anywhere but a dialog (its own keys come first), in browser mode (the desktop app's native menu
  // bar takes them there). Alt+F is matched by the key typed, so on a Mac,
  // where Option+F types "ƒ" into a field, it never steals a character; F10 works everywhere.
  const toggle = useEffectEvent(() => {
    if (open) {
      setOpen(false)
      button.current?.focus()
    } else {
      onOpenMenu()
      setOpen(true)
    }
  })
  useEffect(() => {
    if (hasNativeMenu()) return
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.shiftKey) return
      const altF = event.altKey && event.key.toLowerCase() === 'f'
      const f10 = !event.altKey && event.key === 'F10'
      if ((!altF && !f10) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      toggle()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const choose = (command: Command) => {
    setOpen(false)
    button.current?.focus()
    onCommand(command)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const entries = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const index = entries.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      entries[(index + step + entries.length) % entries.length]?.focus()
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      entries.at(event.key === 'Home' ? 0 : -1)?.focus()
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
  }

  return (
    <div className="menu-wrap">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-keyshortcuts="Alt+F F10"
        title="File (Alt+F or F10)"
        onClick={() => {
          if (!open) onOpenMenu()
          setOpen(!open)
        }}
      >
        File
      </button>
      {open ? (
        <div ref={menu} className="menu" role="menu" aria-label="File" onKeyDown={onKeyDown}>
          <button type="button" role="menuitem" onClick={() => choose({ command: 'open' })}>
            Open…
          </button>
          <div className="menu-separator" role="separator" />
          <button type="button" role="menuitem" onClick={() => choose({ command: 'import-draft' })}>
            Import new draft…
          </button>
          {hasChanges ? (
            <button type="button" role="menuitem" onClick={() => choose({ command: 'changes' })}>
              Changes since the previous draft
            </button>
          ) : null}
          <button type="button" role="menuitem" onClick={() => choose({ command: 'export-report' })}>
            Export report…
          </button>
          <button type="button" role="menuitem" onClick={() => choose({ command: 'save-copy' })}>
            Save my version as a copy
          </button>
          {/* Last: the list is refreshed as the menu opens, and entries arriving above the commands moved them
              under the pointer (a quick click on Import new draft… opened a recent case instead). */}
          {recent.length > 0 ? <div className="menu-separator" role="separator" /> : null}
          {recent.length > 0 ? (
            <div className="menu-label" role="presentation">
              Open recent
            </div>
          ) : null}
          {uniqueRecent(recent)
            .slice(0, 8)
            .map((entry) => {
              const label = recentLabel(entry)
              return (
                <button
                  key={entry.casePath}
                  type="button"
                  role="menuitem"
                  className="menu-recent"
                  title={`${label.title ? `${label.title}\n` : ''}${entry.casePath}`}
                  onClick={() => choose({ command: 'open-recent', casePath: entry.casePath })}
                >
                  <span className="recent-file">{label.file}</span>
                  {/* Its file has gone: chosen, the app asks where it is now (Locate…) or takes it off the list. */}
                  <span className="recent-folder">{entry.missing ? `missing · ${label.folder}` : label.folder}</span>
                </button>
              )
            })}
        </div>
      ) : null}
    </div>
  )
}
