/**
 * Words selected in the article, and what the checker can make of them: a claim or quote of their own (selected at
 * once, so its detail opens), or "nothing to check here" for coverage. Either way the selection is cleared, in the
 * page and here, so the floating actions go.
 */
import { useCallback, useState } from 'react'
import { fail } from '../../../shared/result'
import { HAND_OPS_UNLOADED, handOps } from '../lib/hand-ops'
import type { TextSelection } from '../lib/offsets'
import type { RunOp } from '../lib/run-op'

export interface ArticleSelection {
  textSelection: TextSelection | null
  onSelectionChange(next: TextSelection | null): void
  addItem(kind: 'claim' | 'quote', selection: TextSelection): void
  passOver(selection: TextSelection): void
}

export function useArticleSelection(run: RunOp, select: (id: string) => void): ArticleSelection {
  const [textSelection, setTextSelection] = useState<TextSelection | null>(null)

  const onSelectionChange = useCallback((next: TextSelection | null) => {
    setTextSelection((prev) => (prev?.start === next?.start && prev?.end === next?.end ? prev : next))
  }, [])

  // The ops are loaded after the first screen (lib/hand-ops.ts); an add made before they arrive waits for them, and
  // one whose chunk cannot be loaded says so (through run, as a failed op does) instead of doing nothing.
  const unloaded = useCallback(() => void run(() => fail('offline', HAND_OPS_UNLOADED)), [run])
  const addItem = useCallback(
    (kind: 'claim' | 'quote', selection: TextSelection) => {
      void handOps().then(({ addManualItem }) => {
        let newId: string | null = null
        run((current, ctx) => {
          const result = addManualItem(current, kind, selection.start, selection.end, ctx)
          if (!result.ok) return result
          newId = result.value.id
          return result.value.case
        })
        if (newId) select(newId)
      }, unloaded)
      window.getSelection()?.removeAllRanges()
      setTextSelection(null)
    },
    [run, select, unloaded]
  )

  const passOver = useCallback(
    (selection: TextSelection) => {
      void handOps().then(
        ({ addNothingToCheck }) =>
          run((current, ctx) => {
            const result = addNothingToCheck(current, selection.start, selection.end, ctx)
            return result.ok ? result.value.case : result
          }),
        unloaded
      )
      window.getSelection()?.removeAllRanges()
      setTextSelection(null)
    },
    [run, unloaded]
  )

  return { textSelection, onSelectionChange, addItem, passOver }
}
