/**
 * Diff parts as text: insertions in <ins>, deletions in <del>, everything else plain. React puts
 * each part in as a text node, so a draft's words can never become markup.
 */
import type { DiffPart } from '../../../../core/report/word-diff'

export function DiffText({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.kind === 'ins' ? (
          <ins key={index} className="diff-ins">
            {part.text}
          </ins>
        ) : part.kind === 'del' ? (
          <del key={index} className="diff-del">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        )
      )}
    </>
  )
}

/** Unchanged stretches longer than this are shortened to their ends, unless the full text is asked for. */
const CONTEXT_CHARS = 160

/** Shortens long unchanged stretches to "start … end" so the edits stand out. */
export function collapseSame(parts: DiffPart[]): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT_CHARS * 2 + 20) return part
    const head = index === 0 ? '' : part.text.slice(0, CONTEXT_CHARS)
    const tail = index === parts.length - 1 ? '' : part.text.slice(-CONTEXT_CHARS)
    return { kind: 'same', text: `${head} … ${tail}` }
  })
}
