import { beforeAll, describe, expect, it } from 'vitest'

const SIZING = '../../../../../src/renderer/src/rich-text/pictures/picture-sizing.ts'
type Dimensions = { width: number; height: number }
interface Sizing {
  storedSize: (size: Dimensions) => Dimensions
  mayBeTransparent: (format: string) => boolean
  hasTransparency: (rgba: Uint8ClampedArray) => boolean
  storedType: (transparent: boolean) => string
}
let sizing: Sizing

beforeAll(async () => {
  sizing = (await import(/* @vite-ignore */ SIZING)) as Sizing
})

describe('storedSize', () => {
  it('brings the long side down to 2,560 px, keeping the proportions', () => {
    expect(sizing.storedSize({ width: 4000, height: 3000 })).toEqual({ width: 2560, height: 1920 })
    expect(sizing.storedSize({ width: 3000, height: 4000 })).toEqual({ width: 1920, height: 2560 })
    expect(sizing.storedSize({ width: 7071, height: 7071 })).toEqual({ width: 2560, height: 2560 })
    expect(sizing.storedSize({ width: 6000, height: 4001 })).toEqual({ width: 2560, height: 1707 })
  })

  it('never makes a picture larger, and never a side of nothing', () => {
    expect(sizing.storedSize({ width: 2560, height: 1440 })).toEqual({ width: 2560, height: 1440 })
    expect(sizing.storedSize({ width: 640, height: 480 })).toEqual({ width: 640, height: 480 })
    expect(sizing.storedSize({ width: 1, height: 1 })).toEqual({ width: 1, height: 1 })
    expect(sizing.storedSize({ width: 50_000, height: 3 })).toEqual({ width: 2560, height: 1 })
  })

  it('never goes over the limit by rounding', () => {
    for (let width = 2561; width < 9000; width += 37) {
      for (const height of [1, 999, 2560, width - 1]) {
        const size = sizing.storedSize({ width, height })
        expect(Math.max(size.width, size.height), `${width}×${height}`).toBe(2560)
      }
    }
  })
})

describe('the stored type', () => {
  it('is PNG where any pixel is see-through, JPEG otherwise', () => {
    const opaque = new Uint8ClampedArray([10, 20, 30, 255, 0, 0, 0, 255])
    const oneSeeThrough = new Uint8ClampedArray([10, 20, 30, 255, 0, 0, 0, 254])
    expect(sizing.hasTransparency(opaque)).toBe(false)
    expect(sizing.hasTransparency(oneSeeThrough)).toBe(true)
    expect(sizing.storedType(sizing.hasTransparency(opaque))).toBe('image/jpeg')
    expect(sizing.storedType(sizing.hasTransparency(oneSeeThrough))).toBe('image/png')
  })

  it('does not read a JPEG’s pixels: it has no transparency', () => {
    expect(sizing.mayBeTransparent('jpeg')).toBe(false)
    for (const format of ['png', 'webp', 'gif', 'avif', 'bmp'] as const) expect(sizing.mayBeTransparent(format)).toBe(true)
  })
})
