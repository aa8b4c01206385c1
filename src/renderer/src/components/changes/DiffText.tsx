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

/** The first CONTEXT_CHARS of a stretch, cut back to a word edge when one is near. */
function headOf(text: string): string {
  const cut = text.slice(0, CONTEXT_CHARS)
  const lastSpace = cut.search(/\s\S*$/)
  return lastSpace > CONTEXT_CHARS / 2 ? cut.slice(0, lastSpace) : cut
}

/** The last CONTEXT_CHARS of a stretch, moved on to a word edge when one is near. */
function tailOf(text: string): string {
  const cut = text.slice(-CONTEXT_CHARS)
  const firstSpace = cut.search(/\s/)
  return firstSpace >= 0 && firstSpace < CONTEXT_CHARS / 2 ? cut.slice(firstSpace + 1) : cut
}

/**
 * Shortens long unchanged stretches to "start … end" so the edits stand out. The kept ends stop
 * at word edges: "… w Point treatment plant" reads like a typo in the draft.
 */
export function collapseSame(parts: DiffPart[]): DiffPart[] {
  return parts.map((part, index) => {
    if (part.kind !== 'same' || part.text.length <= CONTEXT_CHARS * 2 + 20) return part
    const head = index === 0 ? '' : headOf(part.text)
    const tail = index === parts.length - 1 ? '' : tailOf(part.text)
    return { kind: 'same', text: `${head} … ${tail}` }
  })
}
