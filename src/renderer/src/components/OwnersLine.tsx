/** Who else has the case open, from their owner files: "Open on LAPTOP-3 by Ana since 10:42". */
import type { CaseOwner } from '../../../shared/contract'

function clock(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
}

export function ownerWords(owner: CaseOwner): string {
  if (owner.here) return `Open in another tab or window of this Factdesk since ${clock(owner.since)}`
  const who = owner.name.trim() ? ` by ${owner.name.trim()}` : ''
  return `Open on ${owner.host}${who} since ${clock(owner.since)}`
}

export function OwnersLine({ owners }: { owners: readonly CaseOwner[] }) {
  if (owners.length === 0) return null
  return (
    <div className="banner banner-info owners-line" role="status" aria-label="Also open elsewhere">
      <p>
        {owners.map(ownerWords).join(' · ')}. Changes made there are merged in here within seconds, and yours there.
      </p>
    </div>
  )
}
