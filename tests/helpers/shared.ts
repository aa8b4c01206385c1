/**
 * Access to the read-only shared material beside the repository (../shared). Tests that need it
 * skip with a printed reason when it is absent, so a clone without it still runs green.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared')
export const SEED_DIR = join(SHARED_DIR, 'fixtures', 'seed')

export function sharedAvailable(relative: string): boolean {
  const present = existsSync(join(SHARED_DIR, relative))
  if (!present) console.warn(`skipped: ../shared/${relative} is absent (the shared material is not beside this clone)`)
  return present
}

export function readShared(relative: string): Buffer {
  return readFileSync(join(SHARED_DIR, relative))
}
