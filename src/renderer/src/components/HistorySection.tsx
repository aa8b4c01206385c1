/** Everything that happened to the item, newest first, in sentences ("Ana resolved the query"). */
import { useMemo } from 'react'
import type { CaseFile, Item } from '../../../shared/case'
import { historySentence, vocabularyOf } from '../../../core/case/history-words'
import { formatDateTime } from '../lib/format'

export function HistorySection({ item, caseFile }: { item: Item; caseFile: CaseFile }) {
  const words = useMemo(() => vocabularyOf(caseFile), [caseFile])
  return (
    <details className="section">
      <summary>History ({item.history.length})</summary>
      <ol className="history">
        {item.history
          .map((entry, index) => ({ entry, index }))
          .reverse()
          .map(({ entry, index }) => (
            <li key={index}>
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> {historySentence(entry, words)}
            </li>
          ))}
      </ol>
    </details>
  )
}
