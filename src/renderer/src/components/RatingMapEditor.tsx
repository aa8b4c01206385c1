/**
 * Settings › ClaimReview ratings: which rating each status publishes in the ClaimReview export.
 * "No review" publishes nothing for that status; "Name only" publishes the rating's name without a
 * number (for verdicts such as Unverifiable that have no place on a true–false scale).
 */
import type { RatingMapEntry, StatusDef } from '../../../shared/case'

interface Props {
  statuses: StatusDef[]
  rows: RatingMapEntry[]
  onChange(rows: RatingMapEntry[]): void
}

const NO_REVIEW = 'none'

export function RatingMapEditor({ statuses, rows, onChange }: Props) {
  const rowFor = (id: string) => rows.find((row) => row.status === id)
  const update = (id: string, next: RatingMapEntry | null) =>
    onChange([...rows.filter((row) => row.status !== id), ...(next ? [next] : [])])

  return (
    <fieldset className="status-editor">
      <legend>ClaimReview ratings (1 = false … 5 = true)</legend>
      {statuses
        .filter((status) => !status.system)
        .map((status) => {
          const row = rowFor(status.id)
          return (
            <div key={status.id} className="status-edit-row">
              <span className="rating-status">{status.label}</span>
              <select
                aria-label={`Rating for ${status.label}`}
                value={row ? String(row.ratingValue) : NO_REVIEW}
                onChange={(e) =>
                  update(
                    status.id,
                    e.target.value === NO_REVIEW
                      ? null
                      : {
                          status: status.id,
                          ratingValue: Number(e.target.value),
                          alternateName: row?.alternateName || status.label
                        }
                  )
                }
              >
                <option value={NO_REVIEW}>No review</option>
                <option value="0">Name only</option>
                {[1, 2, 3, 4, 5].map((value) => (
                  <option key={value} value={String(value)}>
                    {value}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Rating name for ${status.label}`}
                className="grow"
                disabled={!row}
                value={row?.alternateName ?? ''}
                placeholder="e.g. True, False, Half true"
                onChange={(e) => row && update(status.id, { ...row, alternateName: e.target.value })}
              />
            </div>
          )
        })}
    </fieldset>
  )
}
