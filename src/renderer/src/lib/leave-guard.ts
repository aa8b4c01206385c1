/**
 * Whether the open case may be replaced now: asked by the app shell before anything opens in its place (Open…, Open
 * recent, a file dropped or chosen to open), answered by the case's workspace. The workspace writes what is pending
 * first; a save that failed, or a case file gone or damaged on disk (the window then holds the only good copy, changes
 * pending or not), answers no, and the case stays on screen with its work. Opening another case used to drop it: the
 * workspace went, and with it the only copy of what the file no longer had.
 */

/** Said when the case on screen stays because its work is not on disk. */
export const UNSAVED_CASE_STAYS =
  'This case has changes that are not saved to its file yet, so it stays open: put your version back or save it as a copy (the banner above the article), then open the other case.'

export class LeaveGuard {
  private answer: (() => Promise<boolean>) | null = null

  /** The open case's answer, until the returned function takes it back. */
  register(answer: () => Promise<boolean>): () => void {
    this.answer = answer
    return () => {
      // A workspace mounted after this one (a case opened in its place) may have registered already: keep its own.
      if (this.answer === answer) this.answer = null
    }
  }

  /** True when nothing is open, or the open case's work is on disk. */
  async mayLeave(): Promise<boolean> {
    return this.answer ? this.answer() : true
  }
}
