/**
 * Menu commands from the app shell to the open case's workspace. The shell's one dispatcher (App.tsx) takes every
 * command, from the native menu and the toolbar's File menu alike; those that need the open case go to the
 * workspace that registered here. A command is never dropped without a word: with a workspace on its way (a case
 * being shown, its workspace not yet mounted) it waits and runs when the workspace registers; with no case open,
 * the caller is told so and says why (the native menu's Import new draft… on the start screen did nothing at all).
 */

export type Relayed = 'ran' | 'queued' | 'no-workspace'

export class CommandRelay<C> {
  private handler: ((command: C) => void) | null = null
  private waiting: C[] = []

  /** The workspace's handler, until the returned function takes it back; commands that waited for it run now. */
  register(handler: (command: C) => void): () => void {
    this.handler = handler
    const waiting = this.waiting
    this.waiting = []
    for (const command of waiting) handler(command)
    return () => {
      // A workspace mounted after this one (a case opened in its place) may have registered already: keep its own.
      if (this.handler === handler) this.handler = null
    }
  }

  /** `caseShown`: a case is on screen or about to be, so its workspace will register; else nothing will take it. */
  send(command: C, caseShown: boolean): Relayed {
    if (this.handler) {
      this.handler(command)
      return 'ran'
    }
    if (!caseShown) return 'no-workspace'
    this.waiting.push(command)
    return 'queued'
  }
}
