// webContents.debugger as Electron 45 has it (electron.d.ts, class Debugger): attach throws when
// already attached, a command before attach is refused, and a command may never be answered
// (a page that hangs), which a host must not wait on for ever.

export class DebuggerDouble {
  attached = false
  /** Every command sent, in order. */
  commands: { method: string; params: unknown }[] = []
  /** What each Runtime.evaluate answers; `never` leaves the promise pending, as a hung page would. */
  answer: 'loaded' | 'never' | 'refused' = 'loaded'
  attach(_protocolVersion?: string): void {
    if (this.attached) throw new Error('Debugger is already attached to the target')
    this.attached = true
  }
  detach(): void {
    this.attached = false
  }
  isAttached(): boolean {
    return this.attached
  }
  sendCommand(method: string, commandParams?: unknown): Promise<unknown> {
    if (!this.attached) return Promise.reject(new Error('No target available'))
    this.commands.push({ method, params: commandParams })
    if (this.answer === 'never') return new Promise(() => {})
    if (this.answer === 'refused') return Promise.reject(new Error('Cannot find context with specified id'))
    return Promise.resolve({ result: { type: 'string', value: 'loaded' } })
  }
}
