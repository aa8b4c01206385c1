/**
 * Each browser tab is its own window to the server, also a tab duplicated from another (Chromium's Duplicate copies
 * the tab's sessionStorage, the id kept there with it), while a reload stays the same window.
 */
import { describe, expect, it } from 'vitest'
import { claimTabId, tabHidden, tabShownAgain, type TabStorage } from '../../../src/renderer/src/api/window-id'

/** A tab's sessionStorage; `copy` is what a duplicated tab starts with. */
class TabSession implements TabStorage {
  constructor(private readonly items = new Map<string, string>()) {}
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  copy(): TabSession {
    return new TabSession(new Map(this.items))
  }
}

function ids(): () => string {
  let n = 0
  return () => `tab-${(n += 1)}`
}

describe('a tab’s own id', () => {
  it('a duplicated tab gets its own id; the original keeps its own', () => {
    const fresh = ids()
    const original = new TabSession()
    expect(claimTabId(original, fresh)).toBe('tab-1')
    const duplicate = original.copy()
    expect(claimTabId(duplicate, fresh)).toBe('tab-2')
    // Each reloads later: still two tabs, each with the id it had.
    tabHidden(original)
    expect(claimTabId(original, fresh)).toBe('tab-1')
    tabHidden(duplicate)
    expect(claimTabId(duplicate, fresh)).toBe('tab-2')
  })

  it('a reload is the same tab; a duplicate of a tab back from the back-forward cache is another', () => {
    const fresh = ids()
    const tab = new TabSession()
    const first = claimTabId(tab, fresh)
    tabHidden(tab)
    expect(claimTabId(tab, fresh)).toBe(first)
    // Left for another page and come back (kept whole in the cache, nothing runs again): showing once more.
    tabHidden(tab)
    tabShownAgain(tab)
    expect(claimTabId(tab.copy(), fresh)).not.toBe(first)
  })

  it('a tab opened before any case was open, then duplicated, makes two ids', () => {
    const fresh = ids()
    const original = new TabSession()
    const duplicate = original.copy()
    expect(new Set([claimTabId(original, fresh), claimTabId(duplicate, fresh)]).size).toBe(2)
  })
})
