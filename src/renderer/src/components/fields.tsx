/** A labelled text field: the label is the accessible name tests and screen readers use. */
interface FieldProps {
  label: string
  value: string
  onChange(value: string): void
  type?: 'text' | 'url' | 'date'
  multiline?: boolean
  placeholder?: string
}

export function TextField({ label, value, onChange, type = 'text', multiline = false, placeholder }: FieldProps) {
  return (
    <label className="field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          aria-label={label}
          value={value}
          rows={3}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          aria-label={label}
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </label>
  )
}
