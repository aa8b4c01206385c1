/**
 * What a session shows of a draft's extraction (its sentence scores and inconsistencies), kept on this thread for the
 * last drafts extracted. Opening a case extracts its current draft again, for those two lists alone (the items are in
 * the case): a third of a second on a 20,000-word draft, every time the page is reloaded or the checker comes back to
 * a case. The same draft with the same settings extracts the same (the engine reads nothing else: no clock, no file),
 * so that work is answered from here while this thread lives: in the app and browser mode, the import worker kept
 * between drafts (worker-engine.ts).
 *
 * Keyed by the article as the case stores it (text, blocks, metadata, every field) and the settings as extract()
 * resolves them, so a case whose date or threshold the checker changed is extracted again.
 */
import { createHash } from 'node:crypto'
import type { Article } from '../../shared/article'
import { CLAIM_THRESHOLD } from '../../core/checkworthiness/checkworthiness'
import { articleDateFrom } from '../../core/facts/article-date'
import type { ShownExtraction } from './draft-work'

/** Drafts kept: the case open and the one before it (two windows, or back and forth between two cases). */
const KEPT = 2

const kept = new Map<string, ShownExtraction>()

export interface ExtractSettings {
  articleDate?: string | null
  threshold?: number
}

/** Plain objects with their keys in order: the same article read from the case file or from the import is one key. */
function keysInOrder(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/**
 * The article and the settings extract() would use (its defaults filled in as it fills them), as one hash: every field
 * but the text as key-sorted JSON, a newline (JSON.stringify writes none of its own, so the first one ends it), then the
 * text as its UTF-16 code units, so two articles that differ anywhere never share a key. The text is hashed as it is,
 * not as JSON with keys sorted as before: on the 20,000-word bench draft 2.0–3.0 ms became 0.6–1.0 ms per open. Its
 * code units, not UTF-8: UTF-8 writes every lone surrogate (possible in a case file's "\ud800") as the same U+FFFD.
 */
export function shownKey(article: Article, settings: ExtractSettings): string {
  const articleDate = settings.articleDate ?? articleDateFrom(article.metadata)
  const threshold = settings.threshold ?? CLAIM_THRESHOLD
  const { text, ...fields } = article
  return createHash('sha256')
    .update(JSON.stringify({ fields, articleDate, threshold }, keysInOrder))
    .update('\n')
    .update(text, 'utf16le')
    .digest('hex')
}

/** Keeps what `key`'s extraction shows, the newest first out of the KEPT. */
export function rememberShown(key: string, shown: ShownExtraction): void {
  kept.delete(key)
  kept.set(key, { sentences: shown.sentences, inconsistencies: shown.inconsistencies })
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break
    kept.delete(oldest)
  }
}

/** What `key`'s extraction shows when this thread made it lately; else undefined. */
export function rememberedShown(key: string): ShownExtraction | undefined {
  const shown = kept.get(key)
  if (shown) rememberShown(key, shown)
  return shown
}

/** Forgets every draft kept (tests that count extractions start from nothing). */
export function forgetShown(): void {
  kept.clear()
}
