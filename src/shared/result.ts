import type { ErrorCode } from './errors'

export type { ErrorCode } from './errors'

/** Errors cross every boundary (IPC, HTTP, CLI) as data, never as thrown exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export interface AppError {
  /** Stable machine-readable code, one of ERROR_MEANINGS (src/shared/errors.ts). */
  code: ErrorCode
  /** One clear sentence for the user, naming the file and the reason where there is one. */
  message: string
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({
  ok: false,
  error: { code, message }
})
