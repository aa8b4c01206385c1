/** The selected item: its words, status, reasons and facts, then sources, notes, checklist, history. */
import type { RefObject } from 'react'
import type { FactdeskApi } from '../../../shared/contract'
import { CLAIM_TYPES, type ClaimType, type Fact } from '../../../shared/article'
import type { CaseFile, Item } from '../../../shared/case'
import { factValueToShow } from '../../../core/facts/fact-value'
import { accept, dismiss, restore, setStatus } from '../../../core/case/ops-status'
import { unlinkTwin } from '../../../core/case/twins'
import { setClaimType } from '../../../core/case/ops-items'
import { formatCalendarDate } from '../lib/format'
import type { RunOp } from '../lib/run-op'
import type { TextSelection } from '../lib/offsets'
import { SourcesSection } from './SourcesSection'
import { NotesSection } from './NotesSection'
import { CorrectionSection } from './CorrectionSection'
import { ChecklistSection } from './ChecklistSection'
import { EditSection } from './EditSection'
import { HistorySection } from './HistorySection'
import { AttributionLine } from './AttributionLine'
import { caseChecklists } from '../../../core/case/case-settings'
import { currentDraft, shownWords, spokenTime } from '../../../core/case/case-reading'
import { leadIn } from '../../../core/case/lead-in'

interface Props {
  api: FactdeskApi
  casePath: string
  caseFile: CaseFile
  item: Item
  /** One spelling per name across the case (useWorkspaceData's shownName); names as written when left out. */
  shownName?(name: string): string
  run: RunOp
  noteRef: RefObject<HTMLTextAreaElement | null>
  articleSelection: TextSelection | null
  onSelect(id: string): void
  notify(message: string): void
}

const FACT_KIND_WORDS: Record<Fact['kind'], string> = {
  number: 'figure',
  date: 'date',
  'relative-date': 'relative date',
  person: 'person',
  place: 'place',
  organisation: 'organisation'
}

/** The fact's value only when it says more than its words ("on Monday → 15 August 2022", not "2013 = 2013"). */
function FactValueText({ fact }: { fact: Fact }) {
  const shown = factValueToShow(fact)
  if (!shown) return null
  if (shown.kind === 'unresolved') {
    return (
      <span className="muted">
        {' '}
        → {shown.reason === 'vague' ? 'no single date' : 'set the article date to resolve it'}
      </span>
    )
  }
  return <span className="muted"> → {shown.kind === 'date' ? formatCalendarDate(shown.value) : shown.value}</span>
}

export function ItemDetail(props: Props) {
  const { caseFile, item, run } = props
  const status = caseFile.statuses.find((s) => s.id === item.status)
  const twin = item.twinOf ? caseFile.items.find((it) => it.id === item.twinOf) : null
  return (
    <section className="detail" aria-label="Selected item">
      <header className="detail-head">
        <span className={`kind kind-${item.kind}`}>{item.kind === 'quote' ? 'Quote' : 'Claim'}</span>
        {item.kind === 'claim' ? (
          <select
            className="claim-type"
            aria-label="Claim type"
            value={item.claimType ?? ''}
            onChange={(e) => run((c, ctx) => setClaimType(c, item.id, e.target.value as ClaimType, ctx))}
          >
            {item.claimType ? null : <option value="">No type</option>}
            {CLAIM_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        ) : null}
        <span className="muted detail-origin">
          {item.origin === 'manual'
            ? 'added by hand'
            : item.state === 'suggested'
              ? 'suggested by Factdesk'
              : item.state}
        </span>
      </header>
      <blockquote className="detail-text">
        <LeadIn words={leadIn(currentDraft(caseFile), item)} />
        {shownWords(item)}
      </blockquote>
      <AttributionLine
        key={item.id}
        item={item}
        shownName={props.shownName}
        run={run}
        spoken={spokenTime(caseFile, item)}
      />

      <div className="status-row">
        <label className="field-inline">
          <span>Status</span>
          <select
            aria-label="Status"
            value={item.status}
            onChange={(e) => run((c, ctx) => setStatus(c, item.id, e.target.value, ctx))}
            style={{ borderLeftColor: status?.color }}
          >
            {caseFile.statuses.map((s) => (
              <option key={s.id} value={s.id} disabled={s.system && s.id !== item.status}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {item.state === 'dismissed' ? (
          <button type="button" onClick={() => run((c, ctx) => restore(c, item.id, ctx))}>
            Restore
          </button>
        ) : (
          <>
            <button
              type="button"
              className="primary"
              disabled={item.state === 'accepted'}
              onClick={() => run((c, ctx) => accept(c, item.id, ctx))}
            >
              {item.state === 'accepted' ? 'Accepted' : 'Accept'}
            </button>
            <button type="button" onClick={() => run((c, ctx) => dismiss(c, item.id, ctx))}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {status ? <p className="muted small">{status.description}</p> : null}
      {item.dismissed ? <p className="muted small">Dismissed by {item.dismissed.by}.</p> : null}
      {twin ? (
        <p className="twin-note">
          Same fact as{' '}
          <button type="button" className="link" onClick={() => props.onSelect(twin.id)}>
            “{twin.anchor.exact.slice(0, 48)}…”
          </button>{' '}
          — checked once, shown twice.{' '}
          <button type="button" className="link" onClick={() => run((c, ctx) => unlinkTwin(c, item.id, ctx))}>
            Not the same
          </button>
        </p>
      ) : null}
      {item.previousText ? (
        <p className="muted small">Changed since the last draft; was: “{item.previousText}”</p>
      ) : null}

      {item.reasons.length > 0 || item.facts.length > 0 ? (
        <details className="section" open>
          <summary>Why it was flagged</summary>
          {item.reasons.length > 0 ? (
            <ul className="reasons">
              {item.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          {item.facts.length > 0 ? (
            <ul className="facts" aria-label="Facts">
              {item.facts.map((fact) => (
                <li key={`${fact.start}-${fact.end}`}>
                  <span className="fact-kind">{FACT_KIND_WORDS[fact.kind]}</span> {fact.text}
                  <FactValueText fact={fact} />
                </li>
              ))}
            </ul>
          ) : null}
        </details>
      ) : null}

      <SourcesSection {...props} />
      <NotesSection caseFile={caseFile} item={item} run={run} noteRef={props.noteRef} />
      <CorrectionSection item={item} run={run} />
      <ChecklistSection item={item} lists={caseChecklists(caseFile)} run={run} />
      <EditSection caseFile={caseFile} item={item} run={run} articleSelection={props.articleSelection} />
      <HistorySection item={item} caseFile={caseFile} />
    </section>
  )
}

/** The words of the claim's sentence before it (core/case/lead-in.ts), greyed: what a "which" or "he" refers to. */
function LeadIn(props: { words: string }) {
  if (!props.words) return null
  return (
    <span className="lead-in" title="The words before this claim in its sentence: context, not part of the claim">
      {props.words}{' '}
    </span>
  )
}
