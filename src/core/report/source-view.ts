/**
 * A source as a shared report may print it. Reports travel further than the case (to editors,
 * lawyers, sometimes the people named in the story), so a person source who is not on the record
 * is printed as "Person source (on file)": no name, no role, no title (it usually holds the name),
 * no notes (they often do too), never contact details. A person on the record is printed with name
 * and role; contact details stay in the case and the JSON export whatever the flag says.
 */
import type { Source, SourceKind } from '../../shared/case'
import { PERSON_ON_FILE } from '../case/history-words'

export { PERSON_ON_FILE }

const KIND_LABELS: Record<SourceKind, string> = {
  web: 'Web page',
  document: 'Document',
  person: 'Person',
  dataset: 'Dataset',
  other: 'Other'
}

export function sourceKindLabel(kind: string): string {
  return KIND_LABELS[kind as SourceKind] ?? kind
}

export interface SourceView {
  id: string
  kind: SourceKind
  kindLabel: string
  /** What the report calls it: the title, a named person, or PERSON_ON_FILE. */
  title: string
  /** A person who is not on the record: printed without anything that identifies them. */
  onFile: boolean
  publisher: string
  publishedAt: string
  url: string
  archiveUrl: string
  accessedAt: string
  /** The exact passage relied on. */
  passage: string
  /** What a person confirmed, when it says more than the passage ("" otherwise). */
  confirmed: string
  /** Person sources: when and how they were reached ("" when not recorded). */
  reachedAt: string
  channel: string
  filePath: string
  sha256: string
  snapshot: Source['snapshot']
  notes: string
}

export function sourceView(source: Source): SourceView {
  const person = source.kind === 'person' || source.person ? source.person : null
  const onFile = person !== null && !person.onRecord
  const named = person && !onFile ? [person.name, person.role].filter((part) => part.trim() !== '').join(', ') : ''
  const passage = source.passage.trim()
  const confirmed = person?.confirmed.trim() ?? ''
  return {
    id: source.id,
    kind: source.kind,
    kindLabel: sourceKindLabel(source.kind),
    title: onFile ? PERSON_ON_FILE : named || source.title.trim() || '(untitled source)',
    onFile,
    publisher: onFile ? '' : source.publisher,
    publishedAt: source.publishedAt,
    url: source.url,
    archiveUrl: source.archiveUrl,
    accessedAt: source.accessedAt,
    passage: passage || confirmed,
    confirmed: passage && confirmed && confirmed !== passage ? confirmed : '',
    reachedAt: person?.reachedAt ?? '',
    channel: person?.channel ?? '',
    filePath: source.filePath,
    sha256: source.sha256,
    snapshot: source.snapshot,
    notes: onFile ? '' : source.notes
  }
}
