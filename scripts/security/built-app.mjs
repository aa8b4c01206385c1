// Runs the built desktop app (out/main/index.js and out/preload/index.cjs) against the stand-in Electron the unit
// tests use (tests/mocks/electron.ts), so the security scan judges what ships, as it behaves: the windows it really
// opens, the handlers it really registers, the headers it really sends. Nothing here reads source text.
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { register } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { compileFunction } from 'node:vm'
import { build } from 'esbuild'

/** A module loader hook: `import ... from 'electron'` anywhere gets the stand-in. */
function electronHook(fakeUrl) {
  return `export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: ${JSON.stringify(fakeUrl)}, shortCircuit: true }
    return next(specifier, context)
  }`
}

/** The sandboxed preload is CommonJS and may require nothing but electron; `required` lists what it asked for. */
function runPreload(path, electron) {
  const required = []
  const module = { exports: {} }
  const wrapper = compileFunction(
    readFileSync(path, 'utf8'),
    ['exports', 'require', 'module', '__filename', '__dirname'],
    { filename: path }
  )
  const requireFromPreload = (name) => {
    required.push(name)
    if (name === 'electron') return electron
    throw new Error(`a sandboxed preload cannot require ${name}`)
  }
  wrapper(module.exports, requireFromPreload, module, path, dirname(path))
  return { required }
}

async function until(condition, what) {
  for (let waited = 0; waited < 10_000; waited += 20) {
    if (condition()) return
    await new Promise((done) => setTimeout(done, 20))
  }
  throw new Error(`the built app never ${what}`)
}

/** Starts the built main process and preload against the stand-in; answers the stand-in's module (its `fake` records). */
export async function runBuiltApp(root) {
  const work = mkdtempSync(join(tmpdir(), 'factdesk-scan-'))
  const fakePath = join(work, 'electron.mjs')
  await build({
    entryPoints: [join(root, 'tests', 'mocks', 'electron.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: fakePath,
    logLevel: 'error'
  })
  const fakeUrl = pathToFileURL(fakePath).href
  register(`data:text/javascript,${encodeURIComponent(electronHook(fakeUrl))}`)
  const electron = await import(fakeUrl)
  electron.fake.paths.userData = join(work, 'data')
  mkdirSync(electron.fake.paths.userData)
  electron.fake.appPath = root
  const preload = runPreload(join(root, 'out', 'preload', 'index.cjs'), electron)
  // As a packaged app starts with no file named: the argv main sees is the binary alone.
  process.argv = [process.execPath]
  await import(pathToFileURL(join(root, 'out', 'main', 'index.js')).href)
  await until(() => electron.fake.windows.length > 0, 'opened a window')
  return { electron, preload, work }
}

/** Calls an IPC channel as a frame at `frameUrl` would, answering what main answered. */
export async function invoke(electron, channel, input, frameUrl = 'app://factdesk/index.html') {
  const handler = electron.fake.ipcHandlers.get(channel)
  if (!handler) throw new Error(`no IPC handler for ${channel}`)
  return handler({ sender: electron.fake.windows[0]?.webContents, senderFrame: { url: frameUrl } }, input)
}
