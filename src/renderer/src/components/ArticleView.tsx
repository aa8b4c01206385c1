/**
 * The checking copy: the draft as text (never as HTML), block by block, with every item
 * highlighted in its status colour. Selection is drawn by one generated style rule, so moving
 * from item to item does not re-render the article.
 */
import { useEffect, useMemo, useRef, type MouseEvent } from 'react'
import type { Item } from '../../../shared/case'
import type { ArticleMarks, BlockView } from '../lib/article-marks'
import { scrollIntoPane } from '../lib/focus'
import { rangeOfOffsets, selectionInside, type TextSelection } from '../lib/offsets'
import { ArticleBlock } from './ArticleBlock'
import { SelectionActions } from './SelectionActions'
import { useProgressive } from '../hooks/useProgressive'

/** Blocks that fill the article pane on a first screen, whatever their length. */
const FIRST_BLOCKS = 30

interface Props {
  text: string
  marks: ArticleMarks
  statusColors: Record<string, string>
  selectedId: string | null
  /** Set when the selection moved by keyboard or list, so the article scrolls to it. */
  scrollToken: number
  onSelect(id: string): void
  onAdd(kind: 'claim' | 'quote', selection: TextSelection): void
  onNothing(selection: TextSelection): void
  /** Words to select and scroll to (the next uncovered sentence); a new token reveals again. */
  reveal: { start: number; end: number; token: number } | null
  selection: TextSelection | null
  onSelectionChange(selection: TextSelection | null): void
}

function innermost(ids: string[], itemsById: Map<string, Item>): string | null {
  let best: Item | null = null
  for (const id of ids) {
    const item = itemsById.get(id)
    if (item && (!best || item.anchor.end - item.anchor.start < best.anchor.end - best.anchor.start)) best = item
  }
  return best?.id ?? null
}

/** A turn block whose speaker differs from the block before: a new turn, named in the margin. */
function startsTurn(view: BlockView, previous: BlockView | undefined): boolean {
  if (view.block.kind !== 'turn') return false
  return previous?.block.kind !== 'turn' || previous.block.speaker !== view.block.speaker
}

/** Where each transcript speaker first speaks (block starts): their role is explained there once. */
function speakerIntroductions(views: readonly BlockView[]): Set<number> {
  const seen = new Set<string>()
  const starts = new Set<number>()
  for (const { block } of views) {
    if (block.kind !== 'turn' || block.speaker === undefined || seen.has(block.speaker)) continue
    seen.add(block.speaker)
    starts.add(block.start)
  }
  return starts
}

export function ArticleView(props: Props) {
  const { text, marks, statusColors, selectedId, scrollToken, onSelect, onSelectionChange } = props
  const container = useRef<HTMLDivElement>(null)
  const blocks = useProgressive(marks.blocks, FIRST_BLOCKS)
  const introductions = useMemo(() => speakerIntroductions(marks.blocks), [marks.blocks])

  useEffect(() => {
    const onChange = () => onSelectionChange(selectionInside(container.current))
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [onSelectionChange])

  useEffect(() => {
    if (!selectedId || scrollToken === 0) return
    const target = container.current?.querySelector(`[data-items~="${CSS.escape(selectedId)}"]`)
    scrollIntoPane(container.current, target, 'nearest')
  }, [selectedId, scrollToken])

  // Selecting the sentence (not just scrolling to it) puts "Add claim / Nothing to check" right there.
  useEffect(() => {
    if (!props.reveal) return
    const range = rangeOfOffsets(container.current, props.reveal.start, props.reveal.end)
    if (!range) return
    const selection = window.getSelection()
    selection?.removeAllRanges()
    selection?.addRange(range)
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' })
  }, [props.reveal])

  const onClick = (event: MouseEvent) => {
    if (window.getSelection()?.isCollapsed === false) return
    const element = event.target as HTMLElement
    const marker = element.closest('[data-item]')
    if (marker) return onSelect(marker.getAttribute('data-item') ?? '')
    const run = element.closest('[data-items]')
    const id = run ? innermost((run.getAttribute('data-items') ?? '').split(' '), marks.itemsById) : null
    if (id) onSelect(id)
  }

  const selectedRule = selectedId
    ? `[data-items~="${CSS.escape(selectedId)}"]{box-shadow:inset 0 -2px 0 var(--focus),inset 0 2px 0 var(--focus)}` +
      `[data-item="${CSS.escape(selectedId)}"]{outline:2px solid var(--focus);outline-offset:1px}`
    : ''

  return (
    <div className="article-pane">
      <style>{selectedRule}</style>
      <div
        ref={container}
        className={marks.blocks.some((view) => view.block.kind === 'turn') ? 'article is-transcript' : 'article'}
        role="region"
        aria-label="Article"
        tabIndex={0}
        onClick={onClick}
      >
        {blocks.map((view, index) => (
          <ArticleBlock
            key={view.block.start}
            view={view}
            startsTurn={startsTurn(view, blocks[index - 1])}
            introducesSpeaker={introductions.has(view.block.start)}
            text={text}
            itemsById={marks.itemsById}
            statusColors={statusColors}
          />
        ))}
      </div>
      {props.selection ? (
        <SelectionActions
          selection={props.selection}
          onAdd={props.onAdd}
          onNothing={props.onNothing}
          takeFocus={props.reveal?.start === props.selection.start && props.reveal.end === props.selection.end}
        />
      ) : null}
    </div>
  )
}
