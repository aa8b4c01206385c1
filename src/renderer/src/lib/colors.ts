/** Status colours turned into highlight tints that keep body text readable (axe contrast). */
import { FALLBACK_STATUS_COLOR } from '../../../shared/case'

/** "#1e8e3e" + alpha → "rgba(30, 142, 62, 0.25)"; an unreadable colour falls back to grey. */
export function tint(hex: string, alpha: number): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  const value = parseInt(match ? match[1] : FALLBACK_STATUS_COLOR.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/** Accepted items are tinted more strongly than mere suggestions, so the checker's own work stands out. */
export const ACCEPTED_ALPHA = 0.26
export const SUGGESTED_ALPHA = 0.12
