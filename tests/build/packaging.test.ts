/**
 * Packaging cannot run here (electron-builder would download Electron's archive), so what can be checked is:
 * electron-builder loads and validates our configuration with its own schema, finds the afterPack hook, and the
 * hook sets every fuse in a stand-in Electron binary for each platform.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { getCurrentFuseWire, FuseState, FuseV1Options } from '@electron/fuses'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { resolveFunction } from 'app-builder-lib/out/util/resolve.js'
import { DebugLogger } from 'builder-util'
import { describe, expect, it } from 'vitest'
import afterPack, { FUSES, fuseConfig } from '../../scripts/after-pack.mjs'
import { tempDir } from '../helpers/temp-dir'

const ROOT = join(__dirname, '..', '..')
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** A file holding Electron's fuse wire as Electron 45 ships it (RunAsNode, NODE_OPTIONS, --inspect and file:// on). */
function stubElectron(path: string, wire = '101100011'): void {
  mkdirSync(dirname(path), { recursive: true })
  const before = Buffer.from('\x7fELF stand-in for the Electron binary '.repeat(40))
  writeFileSync(
    path,
    Buffer.concat([before, Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), before])
  )
}

const packager = { appInfo: { productFilename: 'Factdesk' }, executableName: 'factdesk' }

describe('electron-builder configuration', () => {
  it('loads electron-builder.yml and passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(ROOT, null, null)
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toBe('dmg')
    expect(config.win?.target).toBe('nsis')
    expect(config.asar).toBe(true)
    expect(config.publish).toBeNull()
    // Only the built app goes in: never the sources, tests, docs or the shared corpora.
    expect(JSON.stringify(config.files)).toBe(
      JSON.stringify([
        { filter: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/**', 'package.json', '!**/*.map'] }
      ])
    )
    expect(config.directories?.buildResources).toBe('build')
    expect(
      readFileSync(join(ROOT, 'build', 'icon.png'))
        .subarray(1, 4)
        .toString()
    ).toBe('PNG')
  })

  it('would refuse a configuration with a misspelt option (the validation can fail)', async () => {
    const config = await getConfig(ROOT, null, null)
    await expect(
      validateConfiguration({ ...config, linux: { ...config.linux, tagret: 'deb' } } as never, new DebugLogger(false))
    ).rejects.toThrow(/configuration\.linux should be/)
  })

  it('finds the afterPack hook the way electron-builder does, and the hook it finds sets the fuses', async () => {
    const config = await getConfig(ROOT, null, null)
    const hook = (await resolveFunction('module', config.afterPack, 'afterPack', ROOT)) as unknown as typeof afterPack
    const appOutDir = tempDir()
    stubElectron(join(appOutDir, 'factdesk'))
    await hook({ appOutDir, electronPlatformName: 'linux', arch: 1, packager })
    expect((await getCurrentFuseWire(join(appOutDir, 'factdesk')))[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE)
  })
})

describe('the afterPack hook', () => {
  it.each([
    ['linux', 'factdesk'],
    ['win32', 'Factdesk.exe'],
    ['darwin', 'Factdesk.app/Contents/Frameworks/Electron Framework.framework/Electron Framework']
  ])('flips every fuse in the packaged binary (%s)', async (platform, binary) => {
    const appOutDir = tempDir()
    stubElectron(join(appOutDir, binary))
    await afterPack({ appOutDir, electronPlatformName: platform, arch: 1, packager })
    const wire = await getCurrentFuseWire(join(appOutDir, binary))
    const state = (name: keyof typeof FuseV1Options) => wire[FuseV1Options[name]]
    expect(state('RunAsNode')).toBe(FuseState.DISABLE)
    expect(state('EnableNodeOptionsEnvironmentVariable')).toBe(FuseState.DISABLE)
    expect(state('EnableNodeCliInspectArguments')).toBe(FuseState.DISABLE)
    expect(state('GrantFileProtocolExtraPrivileges')).toBe(FuseState.DISABLE)
    expect(state('OnlyLoadAppFromAsar')).toBe(FuseState.ENABLE)
    expect(state('EnableEmbeddedAsarIntegrityValidation')).toBe(FuseState.ENABLE)
    for (const [name, enabled] of Object.entries(FUSES)) {
      expect([name, state(name as keyof typeof FuseV1Options)]).toEqual([
        name,
        enabled ? FuseState.ENABLE : FuseState.DISABLE
      ])
    }
  })

  it('refuses to package an Electron with a fuse nobody decided on', async () => {
    const appOutDir = tempDir()
    stubElectron(join(appOutDir, 'factdesk'), '1011000111')
    await expect(afterPack({ appOutDir, electronPlatformName: 'linux', arch: 1, packager })).rejects.toThrow(
      /strictlyRequireAllFuses/
    )
  })

  it('re-signs macOS arm64 builds ad hoc after changing them, as Apple silicon requires', () => {
    expect(fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfig('linux', 'arm64').resetAdHocDarwinSignature).toBe(false)
  })
})
