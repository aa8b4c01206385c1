/**
 * node:fs/promises with every readdir noted in `reads` (its path), for tests that count how often a folder is read:
 * `vi.mock('node:fs/promises', (original) => countedReaddir(original, reads))`, `reads` made with vi.hoisted.
 */
type FsPromises = typeof import('node:fs/promises')

export async function countedReaddir(importOriginal: () => Promise<FsPromises>, reads: string[]): Promise<FsPromises> {
  const fs = await importOriginal()
  return {
    ...fs,
    readdir: (async (path: string, ...rest: unknown[]) => {
      reads.push(String(path))
      return (fs.readdir as (...args: unknown[]) => Promise<unknown>)(path, ...rest)
    }) as FsPromises['readdir']
  }
}
