// In-page probes for the renderer benchmark: frame intervals while scrolling, and the time
// from a key press to the next frame painted after it (keydown → rAF → the task after it).
// Written as strings: they run in the page, and the test project has no DOM types.

import type { Page } from 'playwright-core'

const START_FRAMES = `(() => {
  window.__frames = []; window.__framesOn = true; let last = performance.now()
  const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__framesOn) requestAnimationFrame(tick) }
  requestAnimationFrame(tick)
})()`
const STOP_FRAMES = `(() => { window.__framesOn = false; return window.__frames.slice(1) })()`

const WATCH_KEYS = `(() => {
  window.__keys = []
  document.addEventListener('keydown', () => {
    const start = performance.now()
    requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - start), 0))
  }, true)
})()`

export async function recordFrames(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(START_FRAMES)
  await action()
  return (await page.evaluate(STOP_FRAMES)) as number[]
}

export async function watchKeystrokes(page: Page): Promise<void> {
  await page.evaluate(WATCH_KEYS)
}

export async function keystrokeTimes(page: Page): Promise<number[]> {
  return (await page.evaluate('window.__keys')) as number[]
}
