/**
 * One block of the checking copy (title, paragraph, caption…) as plain text runs. Memoised on the
 * block's signature: changing one item's status re-renders only the blocks that show it.
 */
import { memo, type CSSProperties } from 'react'
import { FALLBACK_STATUS_COLOR, type Item } from '../../../shared/case'
import { ACCEPTED_ALPHA, SUGGESTED_ALPHA, tint } from '../lib/colors'
import { FACT_PREFIX, GAP_PREFIX, type BlockView } from '../lib/article-marks'
import { formatClock } from '../../../core/report/escape'
import { shownWords } from '../../../core/case/case-reading'

interface Props {
  view: BlockView
  /** A transcript turn that starts a new speaker's turn: their name goes in the margin. */
  startsTurn: boolean
  /** The speaker's first turn in the transcript: why they have their role is written out there. */
  introducesSpeaker: boolean
  text: string
  itemsById: Map<string, Item>
  statusColors: Record<string, string>
}

const TAG_BY_KIND: Record<string, 'h2' | 'h3' | 'p'> = { title: 'h2', heading: 'h3' }

const ROLE_NOTE: Record<string, string> = { moderator: 'moderator', audience: 'audience' }

/** "MODERATOR", "Moderator", "AUDIENCE MEMBER": the label says the role already, and "moderator" under it is noise. */
function labelSays(speaker: string | undefined, note: string): boolean {
  return (speaker ?? '')
    .toLowerCase()
    .split(/\P{L}+/u)
    .includes(note)
}

/**
 * The speaker margin of a transcript turn: who speaks (on a new turn) and their full name when the
 * header gives it, their role with why it was judged so (a checker who disagrees sees what to
 * doubt), the caption time.
 */
function TurnMargin({ view, startsTurn, introducesSpeaker }: Pick<Props, 'view' | 'startsTurn' | 'introducesSpeaker'>) {
  const { speaker, speakerName, role, roleReason, time } = view.block
  const note = role ? ROLE_NOTE[role] : undefined
  return (
    <div className="turn-margin">
      {startsTurn && speaker ? <span className="turn-speaker">{speaker}</span> : null}
      {startsTurn && speakerName && speakerName !== speaker ? <span className="turn-name">{speakerName}</span> : null}
      {startsTurn && note && !labelSays(speaker, note) ? (
        <span className="turn-role" title={roleReason ? `${note}: ${roleReason}` : undefined}>
          {note}
        </span>
      ) : null}
      {introducesSpeaker && note && roleReason ? (
        // One line in the margin (the reasons ran to six beside a one-line turn); the whole on hover or keyboard
        // focus, over the text beside it. A screen reader reads the line's text, which is the whole reason.
        <span className="turn-why" tabIndex={0}>
          <span className="turn-why-line">{roleReason}</span>
          <span className="turn-why-full" aria-hidden="true">
            {roleReason}
          </span>
        </span>
      ) : null}
      {time ? (
        <time
          className="turn-time"
          title={time.end > time.start ? `${formatClock(time.start)}–${formatClock(time.end)}` : undefined}
        >
          {formatClock(time.start)}
        </time>
      ) : null}
    </div>
  )
}

function ArticleBlockView({ view, startsTurn, introducesSpeaker, text, itemsById, statusColors }: Props) {
  const Tag = TAG_BY_KIND[view.block.kind] ?? 'p'
  const turn = view.block.kind === 'turn'
  const roleClass = turn && view.block.role ? ` role-${view.block.role}` : ''
  return (
    <div className={`block block-${view.block.kind}${roleClass}`} data-speaker={turn ? view.block.speaker : undefined}>
      <div className="gutter" aria-hidden="true">
        {view.starting.map((item) => (
          <span
            key={item.id}
            className={`marker marker-${item.kind}`}
            data-item={item.id}
            title={`${item.kind === 'quote' ? 'Quote' : 'Claim'}: ${shownWords(item).slice(0, 60)}`}
            style={{ backgroundColor: statusColors[item.status] ?? FALLBACK_STATUS_COLOR }}
          />
        ))}
      </div>
      {turn ? <TurnMargin view={view} startsTurn={startsTurn} introducesSpeaker={introducesSpeaker} /> : null}
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
            style.backgroundColor = tint(
              statusColors[claim.status] ?? '',
              claim.state === 'accepted' ? ACCEPTED_ALPHA : SUGGESTED_ALPHA
            )
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
  // The same view object first: a status change keeps every block it does not reach, and comparing 10,000
  // signatures (long strings, built afresh) was a third of a status key at the size limit.
  (a, b) =>
    (a.view === b.view || a.view.signature === b.view.signature) &&
    a.startsTurn === b.startsTurn &&
    a.introducesSpeaker === b.introducesSpeaker &&
    a.text === b.text &&
    a.statusColors === b.statusColors
)
