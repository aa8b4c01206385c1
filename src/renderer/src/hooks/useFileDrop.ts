/**
 * Dropping a file anywhere on the window opens it. With a case open, a dropped article may be that case's next draft,
 * so the shell asks rather than guesses (`onAsk`), once the file is known to be a draft at all: a binary file was
 * asked about first, and only then said to be unreadable. A dropped .json is a case file and simply opens.
 */
import { useEffect } from 'react'
import type { FileInput } from '../../../shared/contract'
import { fileInputFor, unreadableDraft } from '../api/shell'

interface Options {
  hasSession: boolean
  /** Called as the drop lands: a drop is never where a missing recent case went. */
  onDrop(): void
  onOpen(input: FileInput): void
  /** A draft dropped on an open case: ask whether it is the next draft or a case of its own. */
  onAsk(input: FileInput): void
  notify(message: string): void
}

export function useFileDrop({ hasSession, onDrop, onOpen, onAsk, notify }: Options): void {
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0]
      if (!file) return
      event.preventDefault()
      onDrop()
      const isCase = file.name.toLowerCase().endsWith('.json')
      const ask = hasSession && !isCase
      void (ask ? unreadableDraft(file) : Promise.resolve(null)).then(async (problem) => {
        if (problem) return notify(problem.message)
        const read = await fileInputFor(file)
        if (!read.ok) return notify(read.error.message)
        return ask ? onAsk(read.value) : onOpen(read.value)
      })
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [hasSession, onDrop, onOpen, onAsk, notify])
}
