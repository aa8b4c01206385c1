/** The keyboard shortcuts, on "?". */
import type { StatusDef } from '../../../shared/case'
import { Dialog } from './Dialog'

export function ShortcutSheet({ statuses, onClose }: { statuses: StatusDef[]; onClose(): void }) {
  const rows: Array<[string, string]> = [
    ['J / K', 'Next / previous item'],
    ...statuses.map((s, index): [string, string] => [String(index + 1), `Status: ${s.label}`]),
    ['A', 'Accept the item'],
    ['D', 'Dismiss the item'],
    ['N', 'Write a note'],
    ['U', 'Next sentence nobody looked at (coverage)'],
    ['/', 'Filter the items (then Enter: walk what it found with J/K; Esc: clear it)'],
    ['Ctrl+Z', 'Undo'],
    ['Ctrl+Shift+Z', 'Redo'],
    ['Alt+F / F10', 'Open the File menu (↑ / ↓ to move, Enter to choose)'],
    ['?', 'This list'],
    ['Escape', 'Close a dialog or menu; leave a text field for the item list; then clear the filter’s words']
  ]
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {rows.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}
