/**
 * The previous draft against the current one, paragraph by paragraph: moved paragraphs labelled
 * as moved (with a marker at their old place, each a button to the other), added and removed ones
 * as whole blocks, word diffs only inside the paragraphs that changed. Unchanged paragraphs fold
 * into one line per run unless the full text is asked for.
 */
import { useMemo, useState } from 'react'
import type { Draft } from '../../../../shared/case'
import { draftDiff, diffStats, statsSentence, type DraftBlock } from '../../../../core/revisions/draft-diff'
import { collapseSame, DiffText } from './DiffText'
import { reassignedTurns, retimedTurns, withSpeakerChanges } from '../../../../core/revisions/turn-speakers'
import { blockLabel } from './block-label'

const blockId = (index: number): string => `draft-block-${index}`

/** A block, or a run of unchanged paragraphs folded into one line. */
type Row = { block: DraftBlock; index: number } | { folded: DraftBlock[]; index: number }

function rowsOf(blocks: DraftBlock[], full: boolean): Row[] {
  const rows: Row[] = []
  blocks.forEach((block, index) => {
    const quiet = block.kind === 'unchanged' && !block.moved
    const last = rows[rows.length - 1]
    if (!quiet || full) rows.push({ block, index })
    else if (last && 'folded' in last) last.folded.push(block)
    else rows.push({ folded: [block], index })
  })
  return rows
}

/** Where the other end of a move is: the moved block's old-place marker, or the reverse. */
function partnerOf(blocks: DraftBlock[], index: number): number {
  const block = blocks[index]
  if (!block.moved) return -1
  return blocks.findIndex(
    (other, k) =>
      k !== index &&
      other.moved &&
      (other.kind === 'moved-away') !== (block.kind === 'moved-away') &&
      other.oldNumbers[0] === block.oldNumbers[0]
  )
}

function jumpTo(index: number): void {
  const target = document.getElementById(blockId(index))
  target?.scrollIntoView?.({ block: 'center' })
  target?.focus()
}

export function DraftDiff({ previous, current }: { previous: Draft; current: Draft }) {
  const [full, setFull] = useState(false)
  const blocks = useMemo(() => draftDiff(previous.article.text, current.article.text), [previous, current])
  const stats = useMemo(() => diffStats(blocks), [blocks])
  const rows = useMemo(() => rowsOf(blocks, full), [blocks, full])
  const reassigned = useMemo(() => reassignedTurns(previous.article, current.article), [previous, current])
  const retimed = useMemo(() => retimedTurns(previous.article, current.article), [previous, current])
  const unchanged = blocks.every((block) => block.kind === 'unchanged' && !block.moved)
  return (
    <section className="changes-draft" aria-labelledby="changes-draft-title">
      <div className="changes-draft-head">
        <h3 id="changes-draft-title">
          Draft {previous.id} ({previous.fileName}) → {current.id} ({current.fileName})
        </h3>
        <span className="muted">{withSpeakerChanges(statsSentence(stats), reassigned, retimed)}</span>
        {!unchanged ? (
          <button type="button" className="changes-toggle" aria-pressed={full} onClick={() => setFull(!full)}>
            {full ? 'Fold unchanged paragraphs' : 'Show full text'}
          </button>
        ) : null}
      </div>
      <ol className="changes-draft-text" tabIndex={0} aria-label="Differences between the two drafts">
        {rows.map((row) =>
          'folded' in row ? (
            <li key={row.index} className="changes-para changes-para-folded muted">
              {row.folded.length === 1 ? '1 unchanged paragraph' : `${row.folded.length} unchanged paragraphs`}
            </li>
          ) : (
            <BlockRow key={row.index} block={row.block} index={row.index} partner={partnerOf(blocks, row.index)} />
          )
        )}
      </ol>
    </section>
  )
}

function BlockRow({ block, index, partner }: { block: DraftBlock; index: number; partner: number }) {
  const label = blockLabel(block)
  const kind =
    block.kind === 'moved-away' ? 'moved-away' : block.moved ? `moved changes-para-${block.kind}` : block.kind
  // A changed paragraph's long unchanged stretches are shortened to their ends; whole blocks are shown whole.
  const parts =
    block.kind === 'changed' || block.kind === 'split' || block.kind === 'merged'
      ? collapseSame(block.parts)
      : block.parts
  return (
    <li id={blockId(index)} tabIndex={-1} className={`changes-para changes-para-${kind}`}>
      {label ? (
        <p className="changes-para-label">
          <span aria-hidden="true" className="changes-para-icon">
            {ICONS[block.kind !== 'moved-away' && block.moved ? 'moved' : block.kind]}
          </span>{' '}
          {partner >= 0 ? (
            <button
              type="button"
              className="changes-para-jump"
              title={block.kind === 'moved-away' ? 'Go to where it is now' : 'Go to where it was'}
              onClick={() => jumpTo(partner)}
            >
              {label}
            </button>
          ) : (
            label
          )}
        </p>
      ) : null}
      {block.kind === 'moved-away' ? (
        <p className="changes-para-preview muted">{preview(block.parts[0]?.text ?? '')}</p>
      ) : (
        <p className="changes-para-words">
          <DiffText parts={parts} />
        </p>
      )}
    </li>
  )
}

/** Signs beside the words of each label (the label itself carries the meaning). */
const ICONS: Record<DraftBlock['kind'] | 'moved', string> = {
  moved: '↕',
  'moved-away': '↧',
  added: '+',
  removed: '−',
  changed: '✎',
  split: '⇹',
  merged: '⇥',
  unchanged: ''
}

/** The first words of a paragraph that moved away: enough to recognise it. */
const PREVIEW_CHARS = 90

function preview(text: string): string {
  if (text.length <= PREVIEW_CHARS) return text
  const cut = text.slice(0, PREVIEW_CHARS)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), PREVIEW_CHARS / 2))} …`
}
