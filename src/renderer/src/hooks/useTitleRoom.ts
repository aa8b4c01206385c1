/**
 * Whether the toolbar's tools move to a second row so the case title has room to be read. The title gives way last:
 * on one row at 1024 px with the coverage count shown it kept about 26 characters ("Harbourside water plant f…"),
 * the tools all of theirs. Now, when one row would leave the title less than its whole and less than
 * MIN_TITLE_ROOM_PX, the tools wrap under it instead; a title that fits, or keeps that much, stays on one row (so a
 * wide window, or a short title, costs no height). Past that, the title is cut with its whole in the tooltip.
 */
import { useLayoutEffect, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'

/** About 40 characters of the toolbar's bold 14 px title: enough to tell one case from another at a glance. */
export const MIN_TITLE_ROOM_PX = 340

/**
 * The save state's room, whatever it says: its widest everyday words ("Unsaved changes", 123 px at 12 px with its
 * padding). Measured as shown, "Saved" → "Unsaved changes" → "Saving…" on every edit moved the title's room by 70 px
 * and, near the threshold, the tools between one row and two with each save.
 */
const SAVE_STATE_ROOM_PX = 124

/** The widths that decide it, in CSS pixels, each measured at its natural size (none depends on the wrapping). */
export interface ToolbarWidths {
  /** The toolbar's width inside its padding. */
  inner: number
  /** The gap between the toolbar's two groups. */
  gap: number
  /** The tools group (it never shrinks). */
  tools: number
  /** Everything beside the title in its own group (the File button, the save state) and the gaps between them. */
  lead: number
  /** The title (or the file name under it, if wider) shown whole. */
  titleWhole: number
}

export function toolsWrap(widths: ToolbarWidths): boolean {
  const room = widths.inner - widths.gap - widths.tools - widths.lead
  return room < Math.min(widths.titleWhole, MIN_TITLE_ROOM_PX)
}

const widthOf = (element: Element): number => {
  const width = element.getBoundingClientRect().width
  return element.classList.contains('save-state') ? Math.max(width, SAVE_STATE_ROOM_PX) : width
}

function measure(header: HTMLElement): ToolbarWidths | null {
  const [lead, tools] = [header.firstElementChild, header.lastElementChild] as Array<HTMLElement | null>
  const name = header.querySelector<HTMLElement>('.doc-name')
  if (!lead || !tools || lead === tools || !name) return null
  const style = getComputedStyle(header)
  const leadGap = parseFloat(getComputedStyle(lead).columnGap) || 0
  const others = [...lead.children].filter((child) => child !== name)
  return {
    inner: header.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0),
    gap: parseFloat(style.columnGap) || 0,
    tools: tools.getBoundingClientRect().width,
    lead: others.reduce((sum, child) => sum + widthOf(child) + leadGap, 0),
    titleWhole: Math.max(...[...name.children].map((child) => child.scrollWidth))
  }
}

/**
 * `header`: the toolbar, whose first child is the title's group and last the tools; `content` changes re-measure.
 * Measured in the ResizeObserver's callbacks (its first comes on observe()), after the browser has laid the page out
 * and before it paints, never here during React's commit: asking for widths then made the browser lay out the whole
 * page at once, a 20,000-word article and its list with it (40–60 ms of opening a big case, every save state change
 * too), and lay it out again for the frame. flushSync: the tools wrap in that frame, not the one after.
 */
export function useTitleRoom(header: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [wrapped, setWrapped] = useState(false)
  useLayoutEffect(() => {
    const element = header.current
    if (!element) return
    const root = element.ownerDocument.documentElement
    const update = () => {
      const widths = measure(element)
      if (widths) flushSync(() => setWrapped(toolsWrap(widths)))
      // What covers the workspace below the toolbar (the Changes view, chrome.css) starts under its one row or two.
      // Set when it moves only: a custom property set on the root restyles every element of the page.
      const bottom = `${element.getBoundingClientRect().bottom}px`
      if (root.style.getPropertyValue('--toolbar-bottom') !== bottom) root.style.setProperty('--toolbar-bottom', bottom)
    }
    // The window's width, the tools' (the coverage count shown or hidden) and the lead's (the save state's words).
    const observer = new ResizeObserver(update)
    observer.observe(element)
    for (const group of element.children) {
      observer.observe(group)
      for (const child of group.children) observer.observe(child)
    }
    return () => observer.disconnect()
  }, [header, content])
  useLayoutEffect(() => {
    const root = header.current?.ownerDocument.documentElement
    return () => {
      root?.style.removeProperty('--toolbar-bottom')
    }
  }, [header])
  return wrapped
}
