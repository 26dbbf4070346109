import { useMemo, useRef, useState, type PointerEvent } from 'react'
import { DefaultZIndexes, usePlotArea, useXAxisScale, useYAxisScale, ZIndexLayer } from 'recharts'

/** One colour of dots. */
export interface CloudGroup {
  colour: string
  points: readonly { x: number; y: number }[]
}

/** The dot under the pointer: its group, its index there, and its position in chart pixels. */
export interface CloudHit {
  group: number
  index: number
  px: number
  py: number
  /** True in the right part of the plot: a tooltip should open to the left of the dot. */
  flip: boolean
}

export interface DotCloudProps {
  groups: readonly CloudGroup[]
  radius?: number
  opacity?: number
  /** Called with the nearest dot within `reach` pixels of the pointer, or null. */
  onHover: (hit: CloudHit | null) => void
  reach?: number
}

/**
 * Thousands of dots as one SVG path per group (a recharts `Scatter` makes several React
 * components per dot: ~1 s per redraw at 4,000 dots). Rendered inside a recharts chart, whose
 * numeric axes it reads through the scale hooks; hovering finds the nearest dot by a linear scan
 * of the pixel positions (well under a millisecond) and highlights it.
 */
export function DotCloud({
  groups,
  radius = 2.4,
  opacity = 0.55,
  onHover,
  reach = 12,
}: DotCloudProps) {
  const xScale = useXAxisScale()
  const yScale = useYAxisScale()
  const plot = usePlotArea()
  const [active, setActive] = useState<CloudHit | null>(null)
  const svgOrigin = useRef({ left: 0, top: 0 })

  const drawn = useMemo(() => {
    if (!xScale || !yScale) return []
    const r = radius
    return groups.map((group) => {
      const xs = new Float64Array(group.points.length)
      const ys = new Float64Array(group.points.length)
      const parts: string[] = []
      group.points.forEach((point, i) => {
        const x = xScale(point.x) ?? Number.NaN
        const y = yScale(point.y) ?? Number.NaN
        xs[i] = x
        ys[i] = y
        if (Number.isFinite(x) && Number.isFinite(y)) {
          parts.push(
            `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
          )
        }
      })
      return { xs, ys, d: parts.join('') }
    })
  }, [groups, xScale, yScale, radius])

  if (!plot || drawn.length === 0) return null

  const nearest = (px: number, py: number): CloudHit | null => {
    let best: CloudHit | null = null
    let bestDistance = reach * reach
    drawn.forEach(({ xs, ys }, group) => {
      for (let index = 0; index < xs.length; index += 1) {
        const dx = (xs[index] ?? Number.NaN) - px
        const dy = (ys[index] ?? Number.NaN) - py
        const distance = dx * dx + dy * dy
        if (distance < bestDistance) {
          bestDistance = distance
          const x = xs[index] ?? px
          best = { group, index, px: x, py: ys[index] ?? py, flip: x > plot.x + plot.width * 0.6 }
        }
      }
    })
    return best
  }
  const onPointerEnter = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect()
    svgOrigin.current = { left: box?.left ?? 0, top: box?.top ?? 0 }
  }
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const hit = nearest(
      event.clientX - svgOrigin.current.left,
      event.clientY - svgOrigin.current.top,
    )
    if (hit?.group !== active?.group || hit?.index !== active?.index) {
      setActive(hit)
      onHover(hit)
    }
  }
  const onPointerLeave = () => {
    setActive(null)
    onHover(null)
  }
  const highlighted = active ? groups[active.group] : undefined

  return (
    <ZIndexLayer zIndex={DefaultZIndexes.scatter}>
      <g className="dot-cloud">
        {drawn.map(({ d }, k) => (
          <path key={k} d={d} fill={groups[k]?.colour} fillOpacity={opacity} stroke="none" />
        ))}
        {active && highlighted && (
          <circle
            cx={active.px}
            cy={active.py}
            r={radius + 2.5}
            fill={highlighted.colour}
            stroke="var(--text)"
            strokeWidth={1.5}
          />
        )}
        <rect
          x={plot.x}
          y={plot.y}
          width={plot.width}
          height={plot.height}
          fill="transparent"
          onPointerEnter={onPointerEnter}
          onPointerMove={onPointerMove}
          onPointerLeave={onPointerLeave}
        />
      </g>
    </ZIndexLayer>
  )
}
