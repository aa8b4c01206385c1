// @vitest-environment happy-dom
/**
 * A dialog closes on its own cancel (Esc) only. A file chooser dismissed inside it fires "cancel" on its
 * <input type="file">, and that event bubbles to the <dialog>: Import new draft closed whenever the checker dismissed
 * the system's file chooser (and the workspace e2e test failed with the File button focused and no dialog).
 */
import { act, createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { Dialog } from '../../../src/renderer/src/components/Dialog'
import { testRoot } from '../test-root'

const root = testRoot()

async function dialogWithPicker() {
  const closed: string[] = []
  await root.render(
    createElement(Dialog, {
      title: 'Import new draft',
      onClose: () => void closed.push('closed'),
      children: createElement('input', { type: 'file', 'aria-label': 'New draft file' })
    })
  )
  const dialog = root.host.querySelector('dialog')
  const picker = root.host.querySelector('input[type="file"]')
  if (!dialog || !picker) throw new Error('the dialog or its picker is missing')
  return { dialog, picker, closed }
}

describe('Dialog', () => {
  it('stays open when a file chooser inside it is dismissed', async () => {
    const { picker, closed } = await dialogWithPicker()
    await act(async () => picker.dispatchEvent(new Event('cancel', { bubbles: true, cancelable: false })))
    expect(closed).toEqual([])
  })

  it('closes on its own cancel (Esc)', async () => {
    const { dialog, closed } = await dialogWithPicker()
    await act(async () => dialog.dispatchEvent(new Event('cancel', { bubbles: false, cancelable: true })))
    expect(closed).toEqual(['closed'])
  })
})
