/** Filters above the item list, with counts per status that double as one-click status filters. */
import { forwardRef, type ReactNode } from 'react'
import type { StatusDef } from '../../../shared/case'
import { SHOW_CHOICES, speakerGroups, type ItemFilter, type ShowFilter } from '../lib/filters'

interface Props {
  filter: ItemFilter
  onChange(filter: ItemFilter): void
  statuses: StatusDef[]
  counts: Record<string, number>
  speakers: string[]
  shown: number
  /** Enter in the text filter: on to the filtered list, the filter kept (Esc clears it). */
  onEnter(): void
  /**
   * Shown beside the text filter (the possible inconsistencies): on a line of its own above the filters it cost the
   * item list a row at 1280×800; at the end of the counts' line it made that line wrap at 1024×768 (three status
   * chips, the shown count and the link need some 550 px of the 437 there).
   */
  extra?: ReactNode
}

const TYPES: Array<[string, string]> = [
  ['claim', 'Claims'],
  ['quote', 'Quotes'],
  ['quantity', 'Quantity'],
  ['prediction', 'Prediction'],
  ['correlation/causation', 'Correlation / causation'],
  ['laws/rules', 'Laws / rules'],
  ['personal experience', 'Personal experience'],
  ['other', 'Other claims']
]

const nameOptions = (names: string[]) =>
  names.map((name) => (
    <option key={name} value={name}>
      {name}
    </option>
  ))

export const ItemFilters = forwardRef<HTMLInputElement, Props>(function ItemFilters(props, textRef) {
  const { filter, onChange, statuses, counts, speakers, shown, onEnter, extra } = props
  const set = (patch: Partial<ItemFilter>) => onChange({ ...filter, ...patch })
  const { people, documents } = speakerGroups(speakers)
  return (
    <div className="filters">
      <div className="filter-text-line">
        <input
          ref={textRef}
          type="search"
          className="filter-text"
          aria-label="Filter items"
          placeholder="Filter items  ( / )"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              onEnter()
            }
            if (e.key === 'Escape') {
              set({ text: '' })
              e.currentTarget.blur()
            }
          }}
        />
        {extra}
      </div>
      <div className="filter-row">
        <label>
          <span className="visually-hidden">Show</span>
          <select aria-label="Show" value={filter.show} onChange={(e) => set({ show: e.target.value as ShowFilter })}>
            {SHOW_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <select aria-label="Filter by outcome" value={filter.status} onChange={(e) => set({ status: e.target.value })}>
          <option value="">Any status</option>
          {statuses.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({counts[s.id] ?? 0})
            </option>
          ))}
        </select>
        <select aria-label="Type filter" value={filter.type} onChange={(e) => set({ type: e.target.value })}>
          <option value="">Any type</option>
          {TYPES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <select
          aria-label="Speaker filter"
          className="speaker-filter"
          title={filter.speaker ? `Said or claimed by ${filter.speaker}` : 'Who said or claimed it'}
          value={filter.speaker}
          onChange={(e) => set({ speaker: e.target.value })}
          disabled={speakers.length === 0}
        >
          <option value="">Anyone</option>
          {documents.length === 0 ? (
            nameOptions(people)
          ) : (
            <>
              <optgroup label="People and organisations">{nameOptions(people)}</optgroup>
              <optgroup label="Documents and figures">{nameOptions(documents)}</optgroup>
            </>
          )}
        </select>
      </div>
      <div className="counts-line">
        <div className="status-counts" role="group" aria-label="Counts">
          {statuses
            .filter((s) => (counts[s.id] ?? 0) > 0)
            .map((s) => (
              <button
                key={s.id}
                type="button"
                className="count-chip"
                aria-pressed={filter.status === s.id}
                onClick={() => set({ status: filter.status === s.id ? '' : s.id })}
              >
                <span className="dot" style={{ backgroundColor: s.color }} aria-hidden="true" />
                {s.label} <strong>{counts[s.id]}</strong>
              </button>
            ))}
          <span className="muted shown-count" aria-live="polite">
            {shown} shown
          </span>
        </div>
      </div>
    </div>
  )
})
