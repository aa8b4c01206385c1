/**
 * This tab's own id in browser mode, sent with its polls and its close of a case, so the server tells each tab of the
 * others with the same case open (case-owners.ts). Kept in sessionStorage, so a reload is the same tab, not a second
 * one. But a tab duplicated (Chromium's Duplicate, a link opened from the page) starts with a copy of the original's
 * sessionStorage, id included: the two would share one id and never be told of each other.
 *
 * Told apart by a mark kept in sessionStorage only while a page is showing: set when the id is claimed, taken away
 * when the page is hidden for good (pagehide: a reload, a close, a navigation away), set again when a page comes back
 * from the back-forward cache. A page that finds the mark already there got it copied from a tab still showing, so
 * it is a duplicate and takes an id of its own. A tab whose page ended without pagehide (a renderer crash) takes a new
 * id too, and is told of its old self as another tab until the server forgets that one (2 minutes of silence).
 */

/** The part of sessionStorage used here (a plain object in tests). */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

const WINDOW_KEY = 'factdesk-window'
const SHOWING_KEY = 'factdesk-window-showing'

/** Answers this tab's id: the one kept for it, unless the storage came from a tab still showing; marks it showing. */
export function claimTabId(storage: TabStorage, freshId: () => string): string {
  const kept = storage.getItem(WINDOW_KEY)
  const copied = storage.getItem(SHOWING_KEY) !== null
  const id = kept && !copied ? kept : freshId()
  storage.setItem(WINDOW_KEY, id)
  storage.setItem(SHOWING_KEY, '1')
  return id
}

/** The page is hidden for good (pagehide): its storage, copied now, is no longer a showing tab's. */
export function tabHidden(storage: TabStorage): void {
  storage.removeItem(SHOWING_KEY)
}

/** The page shows again from the back-forward cache, with the id it had. */
export function tabShownAgain(storage: TabStorage): void {
  storage.setItem(SHOWING_KEY, '1')
}
