import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignParagraphs } from '../../../src/core/revisions/paragraph-align'
import { draftDiff } from '../../../src/core/revisions/draft-diff'

/** Words for random paragraphs: a news vocabulary, so paragraphs share common words as real ones do. */
const WORDS =
  'the council said on Monday that bridge repairs would cost about million and take eight weeks residents traffic police minister report figures rose fell by a third since last year according to officials'.split(
    ' '
  )

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 })
  .map((words) => `${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()))
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((sentences) => sentences.join(' '))

type Op =
  | { kind: 'move'; from: number; to: number }
  | { kind: 'edit'; at: number; word: string }
  | { kind: 'add'; at: number; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'split'; at: number }
  | { kind: 'merge'; at: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), word: fc.constantFrom(...WORDS) }),
  fc.record({ kind: fc.constant('add' as const), at: fc.nat(), text: paragraph }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('split' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat() })
)

function apply(paragraphs: string[], ops: Op[]): string[] {
  const p = [...paragraphs]
  for (const o of ops) {
    if (p.length === 0) {
      if (o.kind === 'add') p.push(o.text)
      continue
    }
    const at = (o.kind === 'move' ? o.from : o.at) % p.length
    if (o.kind === 'move') p.splice(o.to % p.length, 0, p.splice(at, 1)[0])
    else if (o.kind === 'edit') p[at] = p[at].replace(/\b\w+\b/, o.word)
    else if (o.kind === 'add') p.splice(at, 0, o.text)
    else if (o.kind === 'remove') p.splice(at, 1)
    else if (o.kind === 'split') {
      const halves = p[at].split(/(?<=\.) /)
      if (halves.length > 1) p.splice(at, 1, halves[0], halves.slice(1).join(' '))
    } else if (at + 1 < p.length) p.splice(at, 2, `${p[at]} ${p[at + 1]}`)
  }
  return p
}

/** Drafts as the importers lay them out, with a stray blank line or trailing space now and then. */
const layout = fc.constantFrom('\n\n', '\n\n', '\n\n\n', ' \n\n')

describe('paragraph alignment on random drafts', () => {
  it('accounts for every old and every new paragraph exactly once, and rebuilds the new draft in order', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 14 }),
        fc.array(op, { maxLength: 6 }),
        layout,
        (before, ops, gap) => {
          const after = apply(before, ops)
          const oldText = before.join(gap)
          const newText = after.join(gap)
          const { old, new: neu, blocks } = alignParagraphs(oldText, newText)
          const oldSeen: number[] = []
          const newSeen: number[] = []
          for (const block of blocks) {
            if (block.kind === 'added') newSeen.push(block.new)
            else if (block.kind === 'removed') oldSeen.push(block.old)
            else if (block.kind === 'matched') {
              oldSeen.push(...block.group.old)
              newSeen.push(...block.group.new)
            }
          }
          expect([...oldSeen].sort((a, b) => a - b)).toEqual(old.map((_, k) => k))
          // New paragraphs come in the new draft's order: the view reads as the new draft.
          expect(newSeen).toEqual(neu.map((_, k) => k))
          expect(newSeen.map((k) => neu[k].raw).join('')).toBe(newText)
          expect(old.map((p) => p.raw).join('')).toBe(oldText)
          // A marker at the old place for each moved match, and only for those.
          const moved = blocks
            .filter((b) => b.kind === 'matched' && b.moved)
            .map((b) => b.kind === 'matched' && b.group)
          const markers = blocks.filter((b) => b.kind === 'moved-away').map((b) => b.kind === 'moved-away' && b.group)
          expect(new Set(markers)).toEqual(new Set(moved))
          expect(markers).toHaveLength(moved.length)
        }
      )
    )
  })

  it('moving k distinct paragraphs marks at most k of them moved', () => {
    const moves = fc.array(fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }), {
      maxLength: 4
    })
    fc.assert(
      fc.property(fc.uniqueArray(paragraph, { minLength: 1, maxLength: 30 }), moves, (before, ops) => {
        const { blocks } = alignParagraphs(before.join('\n\n'), apply(before, ops).join('\n\n'))
        const moved = blocks.filter((b) => b.kind === 'matched' && b.moved).length
        expect(moved).toBeLessThanOrEqual(ops.length)
        expect(blocks.every((b) => b.kind !== 'added' && b.kind !== 'removed')).toBe(true)
      })
    )
  })

  it('the diff of each block rebuilds its old and new paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 10 }), fc.array(op, { maxLength: 5 }), (before, ops) => {
        const after = apply(before, ops)
        const blocks = draftDiff(before.join('\n\n'), after.join('\n\n')).filter((b) => b.kind !== 'moved-away')
        const side = (keep: 'del' | 'ins') =>
          blocks
            .map((b) =>
              b.parts
                .filter((p) => p.kind === 'same' || p.kind === keep)
                .map((p) => p.text)
                .join('')
            )
            .filter((text) => text !== '')
            .join('\n\n')
        expect(side('ins')).toBe(after.join('\n\n'))
        // The old side, put back in the old order, is the old draft.
        const oldOrder = blocks
          .filter((b) => b.oldNumbers.length > 0)
          .sort((a, b) => a.oldNumbers[0] - b.oldNumbers[0])
          .map((b) =>
            b.kind === 'unchanged'
              ? before.slice(b.oldNumbers[0] - 1, b.oldNumbers[0]).join('')
              : b.parts
                  .filter((p) => p.kind !== 'ins')
                  .map((p) => p.text)
                  .join('')
          )
        // (A split or merge shows its new paragraph breaks unmarked: compare words, not layout.)
        const flat = (text: string): string => text.replace(/\s+/g, ' ')
        expect(flat(oldOrder.join('\n\n'))).toBe(flat(before.join('\n\n')))
      })
    )
  })
})
