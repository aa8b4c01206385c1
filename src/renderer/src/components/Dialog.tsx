/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it, and
 * focus returns to where it was when it closes.
 */
import { useEffect, useRef, type ReactNode } from 'react'

/**
 * A ref callback for the element a dialog should open on. React's autoFocus focuses on mount, before the
 * enclosing <dialog> opens, and showModal() then moves focus to the first focusable element (the Close
 * button), so Enter would dismiss the dialog and typing would go nowhere. showModal() honours the real attribute.
 */
export function focusWhenOpened(element: HTMLElement | null): void {
  element?.setAttribute('autofocus', '')
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
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
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
