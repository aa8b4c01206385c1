/** Status colours turned into highlight tints that keep body text readable (axe contrast). */

/** "#1e8e3e" + alpha → "rgba(30, 142, 62, 0.25)"; an unreadable colour falls back to grey. */
export function tint(hex: string, alpha: number): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim())
  const value = match ? parseInt(match[1], 16) : 0x9aa0a6
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

/** Accepted items are tinted more strongly than mere suggestions, so the checker's own work stands out. */
export const ACCEPTED_ALPHA = 0.26
export const SUGGESTED_ALPHA = 0.12
