/**
 * What every new case starts with: the built-in statuses (a newsroom's profile may replace them, case by case) and how
 * they map to ClaimReview ratings. Values, not shapes: the shape of a case file is case.ts's, which answers these
 * names too.
 */
import type { RatingMapEntry, StatusDef } from './case'

/** The status every new item starts with: nobody has checked it yet. */
export const UNCHECKED_STATUS = 'unchecked'
/** The system status an item gets when a new draft changed its words after it was checked. */
export const NEEDS_RECHECK_STATUS = 'needs-recheck'

/** Neutral grey: Unchecked's colour, and the colour of a status whose own is missing or not a plain colour. */
export const FALLBACK_STATUS_COLOR = '#9aa0a6'

export const DEFAULT_STATUSES: StatusDef[] = [
  {
    id: UNCHECKED_STATUS,
    label: 'Unchecked',
    color: FALLBACK_STATUS_COLOR,
    description: 'Not looked at yet.',
    resolved: false
  },
  { id: 'in-progress', label: 'In progress', color: '#f2a900', description: 'Being checked now.', resolved: false },
  {
    id: 'verified',
    label: 'Verified',
    color: '#1e8e3e',
    description: 'Confirmed by the sources linked.',
    resolved: true
  },
  { id: 'incorrect', label: 'Incorrect', color: '#d93025', description: 'The sources contradict it.', resolved: true },
  {
    id: 'misleading',
    label: 'Misleading',
    color: '#e8710a',
    description: 'True in part, or true but gives a false impression.',
    resolved: true
  },
  {
    id: 'unverifiable',
    label: 'Unverifiable',
    color: '#8e24aa',
    description: 'No source can confirm or refute it.',
    resolved: true
  },
  {
    id: 'not-checkable',
    label: 'Not checkable',
    color: '#5f6368',
    description: 'Opinion or prediction: nothing to check.',
    resolved: true
  },
  {
    id: NEEDS_RECHECK_STATUS,
    label: 'Needs re-check',
    color: '#c5221f',
    description: 'The words changed in a new draft since this was checked.',
    resolved: false,
    system: true
  }
]

export const DEFAULT_RATING_MAP: RatingMapEntry[] = [
  { status: 'verified', ratingValue: 5, alternateName: 'True' },
  { status: 'misleading', ratingValue: 3, alternateName: 'Misleading' },
  { status: 'incorrect', ratingValue: 1, alternateName: 'False' },
  { status: 'unverifiable', ratingValue: 0, alternateName: 'Unverifiable' }
]
