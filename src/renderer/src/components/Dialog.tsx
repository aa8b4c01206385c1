/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and
 * focus returns to where it was when it closes.
 */
import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react'

/**
 * A ref callback for the element a dialog should open on. React's autoFocus focuses on mount, before the
 * enclosing <dialog> opens, and showModal() then moves focus to the first focusable element (the Close
 * button), so Enter would dismiss the dialog and typing would go nowhere. showModal() honours the real attribute.
 */
export function focusWhenOpened(element: HTMLElement | null): void {
  element?.setAttribute('autofocus', '')
}

/**
 * The <dialog>'s cancel handler: only the dialog's own cancel (Esc) closes it. A file picker dismissed inside a
 * dialog fires "cancel" on its <input type="file">, and that event bubbles: Import new draft closed whenever the
 * checker dismissed the system's file chooser (the workspace e2e test's flake: its chooser, not yet intercepted,
 * was dismissed by headless Chromium, and the test found the File button focused and no dialog).
 */
export function closeOnOwnCancel(onClose: () => void): (event: SyntheticEvent<HTMLDialogElement>) => void {
  return (event) => {
    if (event.target !== event.currentTarget) return
    event.preventDefault()
    onClose()
  }
}

interface Props {
  title: string
  onClose(): void
  children: ReactNode
  wide?: boolean
}

export function Dialog({ title, onClose, children, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const headingId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`
  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement as HTMLElement | null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (dialog?.open) dialog.close()
      previous?.focus?.()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog-wide' : ''}`}
      aria-labelledby={headingId}
      onCancel={closeOnOwnCancel(onClose)}
    >
      <header className="dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  )
}
