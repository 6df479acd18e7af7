/** Runs the tasks given to it one at a time, in order (so two unlock attempts cannot race the throttle). */
export function serial() {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task)
    tail = run.catch(() => undefined)
    return run
  }
}
