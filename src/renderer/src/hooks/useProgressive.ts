/**
 * Show the first screenful at once and the rest in a background (interruptible) render right
 * after: a 1,000-item case is on screen and answering keys before its last rows exist.
 * Only the first render is cut short; every later update renders the whole list synchronously.
 */
import { startTransition, useEffect, useState } from 'react'

export function useProgressive<T>(all: T[], first: number): T[] {
  const [complete, setComplete] = useState(all.length <= first)
  useEffect(() => {
    if (!complete) startTransition(() => setComplete(true))
  }, [complete])
  return complete ? all : all.slice(0, first)
}
