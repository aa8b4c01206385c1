/**
 * Focus given back to a control when what replaced it goes away: a form opened from a button (Change, Add source)
 * unmounts on Save or Cancel with the focus inside it, and the browser leaves the focus on the page, so the next Tab
 * starts again from the File menu and the pane may scroll away from the work. The second value asks for it; the
 * next render that draws the control (the ref, set on it) focuses it, once.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react'

export function useFocusReturn<T extends HTMLElement>(): [RefObject<T | null>, () => void] {
  const targetRef = useRef<T>(null)
  const pending = useRef(false)
  // After every render: the control is drawn again only once the case holds what the form saved.
  useEffect(() => {
    if (!pending.current || !targetRef.current) return
    pending.current = false
    targetRef.current.focus()
  })
  const returnFocus = useCallback(() => {
    pending.current = true
  }, [])
  return [targetRef, returnFocus]
}
