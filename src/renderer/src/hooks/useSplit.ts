/**
 * Where the splitter between the checking copy and the items sits: the article's share of the
 * width, in percent, remembered in this browser's storage so a reload or the next case keeps it.
 */
import { useCallback, useState } from 'react'

export const SPLIT_KEY = 'factdesk.split'
export const SPLIT_DEFAULT = 55
export const SPLIT_MIN = 30
export const SPLIT_MAX = 75

export function clampSplit(value: number): number {
  if (!Number.isFinite(value)) return SPLIT_DEFAULT
  return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(value)))
}

function stored(): number {
  try {
    const raw = window.localStorage.getItem(SPLIT_KEY)
    return raw === null ? SPLIT_DEFAULT : clampSplit(Number(raw))
  } catch {
    return SPLIT_DEFAULT // storage refused (private mode): the default, every time
  }
}

export function useSplit(): [number, (next: number) => void] {
  const [split, setSplitState] = useState(stored)
  const setSplit = useCallback((next: number) => {
    const value = clampSplit(next)
    setSplitState(value)
    try {
      window.localStorage.setItem(SPLIT_KEY, String(value))
    } catch {
      // Not remembered; the pane still moves.
    }
  }, [])
  return [split, setSplit]
}
