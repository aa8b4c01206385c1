/**
 * Reading the check-worthiness corpora and scoring a scorer: a real CSV parser (quoted fields,
 * doubled quotes, newlines inside quotes), the CLEF CheckThat! TSV reader, and the metrics the
 * training script and the bench report (precision/recall/F1, best F1 over thresholds, average
 * precision). Pure functions over strings; the callers do the file reading.
 */

/** RFC 4180 CSV: fields may be quoted; inside quotes "" is a quote and newlines are kept. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0 // skip a byte-order mark
  for (; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** CSV rows as objects keyed by the header row; rows with the wrong number of fields are dropped. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.filter((r) => r.length === header.length).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])))
}

export interface ClefLine {
  line: number
  speaker: string
  text: string
  label: 0 | 1
}

/** CLEF 2019 task 1 TSV: line, speaker, text, label. CRLF tolerated; CSV-style quoted text unwrapped. */
export function parseClefTsv(text: string): ClefLine[] {
  const out: ClefLine[] = []
  for (const raw of text.split('\n')) {
    const parts = raw.replace(/\r/g, '').split('\t')
    if (parts.length < 4) continue
    let sentence = parts.slice(2, parts.length - 1).join('\t')
    if (sentence.length >= 2 && sentence.startsWith('"') && sentence.endsWith('"')) {
      sentence = sentence.slice(1, -1).replace(/""/g, '"')
    }
    out.push({
      line: Number(parts[0]),
      speaker: parts[1],
      text: sentence,
      label: parts[parts.length - 1].trim() === '1' ? 1 : 0
    })
  }
  return out
}

export interface Prf {
  precision: number
  recall: number
  f1: number
}

export function prfAt(scores: readonly number[], labels: readonly number[], threshold: number): Prf {
  let tp = 0
  let fp = 0
  let fn = 0
  scores.forEach((s, i) => {
    const predicted = s >= threshold
    if (predicted && labels[i] === 1) tp++
    else if (predicted) fp++
    else if (labels[i] === 1) fn++
  })
  return prf(tp, fp, fn)
}

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** The threshold with the highest F1 (predict positive when score ≥ threshold). */
export function bestF1(scores: readonly number[], labels: readonly number[]): Prf & { threshold: number } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a])
  const positives = labels.filter((l) => l === 1).length
  let tp = 0
  let fp = 0
  let best = { ...prf(0, 0, positives), threshold: 1 }
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]] === 1) tp++
    else fp++
    // Only cut between distinct scores: tied sentences are all in or all out.
    if (k + 1 < order.length && scores[order[k + 1]] === scores[order[k]]) continue
    const here = prf(tp, fp, positives - tp)
    if (here.f1 > best.f1) {
      const next = k + 1 < order.length ? scores[order[k + 1]] : 0
      best = { ...here, threshold: (scores[order[k]] + next) / 2 }
    }
  }
  return best
}

/**
 * Average precision of a ranking: mean of precision@k over the ranks k of the positives.
 * Items are ranked by score, descending; ties keep their input order (a stable sort).
 */
export function averagePrecision(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b)
  let hits = 0
  let sum = 0
  order.forEach((idx, rank) => {
    if (labels[idx] === 1) {
      hits++
      sum += hits / (rank + 1)
    }
  })
  return hits === 0 ? 0 : sum / hits
}
