// Types for scripts/after-pack.mjs (electron-builder's afterPack hook), for the tests and the security scan.
import type { FuseConfig } from '@electron/fuses'

export const FUSES: Record<string, boolean>
export function fuseConfig(platform: string, arch: string): FuseConfig
export function packagedBinary(context: AfterPackContext): string
export interface AfterPackContext {
  appOutDir: string
  electronPlatformName: string
  arch: number
  packager: { appInfo: { productFilename: string }; executableName: string }
}
export default function afterPack(context: AfterPackContext): Promise<void>
