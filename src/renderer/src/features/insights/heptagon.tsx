// The theme balance as a seven-axis chart: one axis per theme in THEMES order, each count
// scaled to the largest. Colours are SVG attributes (the CSP allows no injected styles).
// Screen readers get a summary here and every number in the table beside it.

import { THEMES, type ThemeId } from '../../../../shared/themes.ts'
import { labelLines } from './words.ts'

// Wide enough for the themes' own titles on two short lines beside the axes.
const SIZE = { width: 440, height: 310 }
const CENTRE = { x: 220, y: 156 }
const LINE_HEIGHT = 15
const RADIUS = 108
const RINGS = [1 / 3, 2 / 3, 1]

/** Where axis `i` of seven points, at `share` of the radius (0 at the centre). */
function point(i: number, share: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (i * 2 * Math.PI) / THEMES.length
  return { x: CENTRE.x + Math.cos(angle) * RADIUS * share, y: CENTRE.y + Math.sin(angle) * RADIUS * share }
}

const points = (shares: readonly number[]) =>
  shares
    .map((share, i) => point(i, share))
    .map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ')

export function Heptagon({ counts, label }: { counts: Record<ThemeId, number>; label: string }) {
  const largest = Math.max(...THEMES.map((theme) => counts[theme.id]))
  const shares = THEMES.map((theme) => (largest > 0 ? counts[theme.id] / largest : 0))
  return (
    <svg className="heptagon" viewBox={`0 0 ${SIZE.width} ${SIZE.height}`} role="img" aria-label={label}>
      {RINGS.map((ring) => (
        <polygon key={ring} className="heptagon__ring" points={points(THEMES.map(() => ring))} />
      ))}
      {THEMES.map((theme, i) => {
        const end = point(i, 1)
        return <line key={theme.id} className="heptagon__axis" x1={CENTRE.x} y1={CENTRE.y} x2={end.x} y2={end.y} />
      })}
      <polygon className="heptagon__shape" points={points(shares)} />
      {THEMES.map((theme, i) => {
        const dot = point(i, shares[i]!)
        const at = point(i, 1.16)
        const side = Math.abs(at.x - CENTRE.x) < 4 ? 'middle' : at.x > CENTRE.x ? 'start' : 'end'
        return (
          <g key={theme.id}>
            <circle cx={dot.x} cy={dot.y} r={counts[theme.id] > 0 ? 5 : 3.5} fill={theme.colour} />
            <text className="heptagon__label" x={at.x} y={at.y} textAnchor={side} dominantBaseline="middle">
              {labelLines(theme.title).map((line, n, lines) => (
                // The lines sit centred on the axis's end, the first one above it.
                <tspan key={line} x={at.x} dy={n === 0 ? (-(lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
