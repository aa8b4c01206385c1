/**
 * Settings › Report header: what the top of this case's reports says (HTML, PDF and Markdown; the JSON export
 * keeps it). Empty lines print nothing; an empty masthead prints "Verification report".
 */
import type { ReportHeader } from '../../../shared/case'
import { MAX_HEADER_LINE, MAX_LOGO_TEXT } from '../../../core/case/case-settings'

interface Props {
  value: ReportHeader
  onChange(value: ReportHeader): void
}

const FIELDS: Array<{ key: keyof ReportHeader; label: string; placeholder: string; max: number }> = [
  { key: 'newsroom', label: 'Newsroom', placeholder: 'The Harbour Herald', max: MAX_HEADER_LINE },
  { key: 'logoText', label: 'Logo text', placeholder: 'THH (printed in a box)', max: MAX_LOGO_TEXT },
  { key: 'masthead', label: 'Masthead line', placeholder: 'Verification report', max: MAX_HEADER_LINE },
  { key: 'preparedFor', label: 'Prepared for', placeholder: 'The night editor', max: MAX_HEADER_LINE },
  { key: 'contact', label: 'Contact', placeholder: 'standards@example.org, ext. 2040', max: MAX_HEADER_LINE }
]

export function ReportHeaderEditor({ value, onChange }: Props) {
  return (
    <fieldset className="status-editor header-editor">
      <legend>Report header in this case</legend>
      {FIELDS.map((field) => (
        <label key={field.key} className="field">
          <span>{field.label}</span>
          <input
            aria-label={`Report header: ${field.label}`}
            value={value[field.key]}
            maxLength={field.max}
            placeholder={field.placeholder}
            onChange={(e) => onChange({ ...value, [field.key]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  )
}
