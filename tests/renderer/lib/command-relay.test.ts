/**
 * Menu commands reach the open case's workspace or are accounted for: the shell's dispatcher once called
 * `workspaceCommands.current?.(command)`, and a command arriving with no handler registered vanished without a word.
 */
import { describe, expect, it } from 'vitest'
import { CommandRelay } from '../../../src/renderer/src/lib/command-relay'

describe('the command relay', () => {
  it('runs a command at once on the registered workspace', () => {
    const relay = new CommandRelay<string>()
    const ran: string[] = []
    relay.register((command) => ran.push(command))
    expect(relay.send('import-draft', true)).toBe('ran')
    expect(ran).toEqual(['import-draft'])
  })

  it('keeps a command that arrives before the workspace registers, and runs it, in order, when it does', () => {
    const relay = new CommandRelay<string>()
    expect(relay.send('import-draft', true)).toBe('queued')
    expect(relay.send('export-report', true)).toBe('queued')
    const ran: string[] = []
    relay.register((command) => ran.push(command))
    expect(ran).toEqual(['import-draft', 'export-report'])
    // Run once: a workspace registering later does not see them again.
    const later: string[] = []
    relay.register((command) => later.push(command))
    expect(later).toEqual([])
  })

  it('says there is no workspace when no case is shown, and keeps nothing for later', () => {
    const relay = new CommandRelay<string>()
    expect(relay.send('settings', false)).toBe('no-workspace')
    const ran: string[] = []
    relay.register((command) => ran.push(command))
    expect(ran).toEqual([])
  })

  it('a workspace going away does not take back the handler of the one that replaced it', () => {
    const relay = new CommandRelay<string>()
    const old: string[] = []
    const fresh: string[] = []
    const unregisterOld = relay.register((command) => old.push(command))
    // A case opened in its place: the new workspace registers before the old one's cleanup runs.
    relay.register((command) => fresh.push(command))
    unregisterOld()
    expect(relay.send('save-copy', true)).toBe('ran')
    expect(fresh).toEqual(['save-copy'])
    expect(old).toEqual([])
  })

  it('after its workspace unregistered, a command waits for the next one', () => {
    const relay = new CommandRelay<string>()
    const unregister = relay.register(() => undefined)
    unregister()
    expect(relay.send('changes', true)).toBe('queued')
  })
})
