/** Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export interface AppError {
  /** Stable machine-readable code, e.g. "unsupported-format", "too-large", "case-invalid". */
  code: string
  /** One clear sentence for the user, naming the file and the reason where there is one. */
  message: string
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: string, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})
