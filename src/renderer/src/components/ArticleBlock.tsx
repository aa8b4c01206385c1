/**
 * One block of the checking copy (title, paragraph, caption…) as plain text runs. Memoised on the
 * block's signature: changing one item's status re-renders only the blocks that show it.
 */
import { memo, type CSSProperties } from 'react'
import { FALLBACK_STATUS_COLOR, type Item } from '../../../shared/case'
import { ACCEPTED_ALPHA, SUGGESTED_ALPHA, tint } from '../lib/colors'
import { FACT_PREFIX, GAP_PREFIX, type BlockView } from '../lib/article-marks'

interface Props {
  view: BlockView
  text: string
  itemsById: Map<string, Item>
  statusColors: Record<string, string>
}

const TAG_BY_KIND: Record<string, 'h2' | 'h3' | 'p'> = { title: 'h2', heading: 'h3' }

function ArticleBlockView({ view, text, itemsById, statusColors }: Props) {
  const Tag = TAG_BY_KIND[view.block.kind] ?? 'p'
  return (
    <div className={`block block-${view.block.kind}`}>
      <div className="gutter" aria-hidden="true">
        {view.starting.map((item) => (
          <span
            key={item.id}
            className={`marker marker-${item.kind}`}
            data-item={item.id}
            title={`${item.kind === 'quote' ? 'Quote' : 'Claim'}: ${item.anchor.exact.slice(0, 60)}`}
            style={{ backgroundColor: statusColors[item.status] ?? FALLBACK_STATUS_COLOR }}
          />
        ))}
      </div>
      <Tag className="block-text">
        {view.pieces.map((piece) => {
          let claim: Item | undefined
          let quote: Item | undefined
          let fact = false
          let gap = false
          const itemIds: string[] = []
          for (const id of piece.ids) {
            if (id.startsWith(FACT_PREFIX)) fact = true
            else if (id.startsWith(GAP_PREFIX)) gap = true
            else {
              const item = itemsById.get(id)
              if (!item) continue
              itemIds.push(id)
              // The innermost (last opened) claim or quote decides the colour.
              if (item.kind === 'claim') claim = item
              else quote = item
            }
          }
          const style: CSSProperties = {}
          const classes: string[] = []
          if (claim) {
            style.backgroundColor = tint(statusColors[claim.status] ?? '', claim.state === 'accepted' ? ACCEPTED_ALPHA : SUGGESTED_ALPHA)
            classes.push('hl-claim')
          }
          if (quote) {
            style.textDecorationColor = statusColors[quote.status] ?? '#5f6368'
            classes.push('hl-quote', quote.state === 'accepted' ? 'is-accepted' : 'is-suggested')
          }
          if (fact && claim) classes.push('hl-fact')
          if (gap) classes.push('hl-gap')
          return (
            <span
              key={piece.start}
              data-s={piece.start}
              data-items={itemIds.length > 0 ? itemIds.join(' ') : undefined}
              className={classes.length > 0 ? classes.join(' ') : undefined}
              style={classes.length > 0 ? style : undefined}
            >
              {text.slice(piece.start, piece.end)}
            </span>
          )
        })}
      </Tag>
    </div>
  )
}

export const ArticleBlock = memo(
  ArticleBlockView,
  (a, b) => a.view.signature === b.view.signature && a.text === b.text && a.statusColors === b.statusColors
)
