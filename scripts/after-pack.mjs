// electron-builder's afterPack hook (electron-builder.yml): flips Electron's fuses in the packaged binary, before
// electron-builder signs it. Fuses are switches compiled into Electron that no code, flag or environment variable can
// turn back at run time: https://www.electronjs.org/docs/latest/tutorial/fuses
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

/**
 * Every fuse, each set on purpose; the hook refuses to package an Electron whose fuse wire holds one not named here
 * (strictlyRequireAllFuses), so a new fuse is decided rather than inherited.
 */
export const FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a plain Node.js that runs any script with its permissions.
  RunAsNode: false,
  // Factdesk stores nothing in cookies; if anything ever did, it would be encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS (--require a script, --inspect) would inject code into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and SIGUSR1 would open a debugger on the main process to anyone who can start the app.
  EnableNodeCliInspectArguments: false,
  // The app code is read from app.asar only, and only when its hash matches the one embedded at build time
  // (macOS and Windows; electron-builder embeds the hash).
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The UI is served from app://, so file:// pages need none of Electron's historical extra privileges.
  GrantFileProtocolExtraPrivileges: false,
  // Electron's default: WebAssembly bounds checks through signal handlers.
  WasmTrapHandlers: true
}

/** The @electron/fuses configuration for FUSES; macOS arm64 binaries must be re-signed ad hoc once changed. */
export function fuseConfig(platform, arch) {
  const config = {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: platform === 'darwin' && arch !== 'x64'
  }
  for (const [name, enabled] of Object.entries(FUSES)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses knows no fuse called ${name}`)
    config[FuseV1Options[name]] = enabled
  }
  return config
}

/** electron-builder's Arch enum, by number. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal']

/** The packaged Electron binary (the .app bundle on macOS, which @electron/fuses looks inside). */
export function packagedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return join(appOutDir, `${packager.appInfo.productFilename}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
  return join(appOutDir, packager.executableName)
}

export default async function afterPack(context) {
  const binary = packagedBinary(context)
  const flipped = await flipFuses(
    binary,
    fuseConfig(context.electronPlatformName, ARCH_NAMES[context.arch] ?? String(context.arch))
  )
  console.log(`  • fuses set in ${binary} (${flipped} fuse wire${flipped === 1 ? '' : 's'}): ${JSON.stringify(FUSES)}`)
}
