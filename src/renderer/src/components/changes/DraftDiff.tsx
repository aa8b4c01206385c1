/** The previous draft against the current one, insertions and deletions marked, unchanged text shortened. */
import { useMemo, useState } from 'react'
import type { Draft } from '../../../../shared/case'
import { draftDiff, diffStats } from '../../../../core/revisions/draft-diff'
import { collapseSame, DiffText } from './DiffText'

const words = (n: number): string => (n === 1 ? '1 word' : `${n} words`)

export function DraftDiff({ previous, current }: { previous: Draft; current: Draft }) {
  const [full, setFull] = useState(false)
  const parts = useMemo(() => draftDiff(previous.article.text, current.article.text), [previous, current])
  const stats = useMemo(() => diffStats(parts), [parts])
  const shown = useMemo(() => (full ? parts : collapseSame(parts)), [full, parts])
  const unchanged = parts.every((part) => part.kind === 'same')
  return (
    <section className="changes-draft" aria-labelledby="changes-draft-title">
      <div className="changes-draft-head">
        <h3 id="changes-draft-title">
          Draft {previous.id} ({previous.fileName}) → {current.id} ({current.fileName})
        </h3>
        <span className="muted">
          {unchanged ? 'No words changed.' : `${words(stats.inserted)} added, ${stats.deleted} removed`}
        </span>
        {!unchanged ? (
          <button type="button" className="changes-toggle" aria-pressed={full} onClick={() => setFull(!full)}>
            {full ? 'Shorten unchanged text' : 'Show full text'}
          </button>
        ) : null}
      </div>
      <div className="changes-draft-text" tabIndex={0} aria-label="Differences between the two drafts">
        <DiffText parts={shown} />
      </div>
    </section>
  )
}
