/**
 * The bar between the checking copy and the items: drag it, or focus it and use the arrow keys
 * (Shift for bigger steps), Home and End. A window splitter in the WAI-ARIA sense: a focusable
 * separator with its value in percent of the width given to the article.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { SPLIT_DEFAULT, SPLIT_MAX, SPLIT_MIN } from '../hooks/useSplit'

interface Props {
  value: number
  onChange(value: number): void
}

export function Splitter({ value, onChange }: Props) {
  const dragging = useRef(false)

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 10 : 2
    const next: Record<string, number> = {
      ArrowLeft: value - step,
      ArrowRight: value + step,
      Home: SPLIT_MIN,
      End: SPLIT_MAX,
      Enter: SPLIT_DEFAULT
    }
    if (!(event.key in next)) return
    event.preventDefault()
    event.stopPropagation()
    onChange(next[event.key])
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = true
    event.currentTarget.setPointerCapture(event.pointerId)
    event.preventDefault()
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return
    const frame = event.currentTarget.parentElement?.getBoundingClientRect()
    if (!frame || frame.width === 0) return
    onChange(((event.clientX - frame.left) / frame.width) * 100)
  }
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    dragging.current = false
    event.currentTarget.releasePointerCapture(event.pointerId)
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the article and the items"
      aria-valuenow={value}
      aria-valuemin={SPLIT_MIN}
      aria-valuemax={SPLIT_MAX}
      aria-valuetext={`Article ${value}% of the width`}
      title="Drag, or use ← and → (Enter: back to the middle)"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onDoubleClick={() => onChange(SPLIT_DEFAULT)}
    />
  )
}
