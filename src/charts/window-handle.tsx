import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import {
  DefaultZIndexes,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  ZIndexLayer,
} from 'recharts'
import { valuationColours } from '@/charts/valuation-colours'

export interface WindowHandleProps {
  /** Current position, an x value of the chart (an epoch day). */
  value: number
  min: number
  max: number
  /** Accessible name, e.g. "Window start (drag or use the arrow keys)". */
  label: string
  /** Accessible value, e.g. "2018-01-01". */
  valueText: string
  /** Called with a whole x value within [min, max]. */
  onChange: (value: number) => void
}

/** Keyboard steps in days: a week with the arrows, a year with Page Up / Page Down. */
const steps: Record<string, number> = {
  ArrowLeft: -7,
  ArrowDown: -7,
  ArrowRight: 7,
  ArrowUp: 7,
  PageDown: -365,
  PageUp: 365,
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * A vertical marker on a time chart that the user drags (mouse, pen or touch) or moves with the
 * keyboard (a focusable ARIA slider: arrows ± 1 week, Page Up/Down ± 1 year, Home/End). Rendered
 * as a child of a recharts chart, whose numeric x axis it reads through the axis-scale hooks.
 */
export function WindowHandle({ value, min, max, label, valueText, onChange }: WindowHandleProps) {
  const scale = useXAxisScale()
  const invert = useXAxisInverseScale()
  const plot = usePlotArea()
  const [dragging, setDragging] = useState(false)
  const [focused, setFocused] = useState(false)
  const svgLeft = useRef(0)
  if (!scale || !invert || !plot) return null
  const x = scale(clamp(value, min, max))
  if (x === undefined || !Number.isFinite(x)) return null

  const moveTo = (clientX: number) => {
    const day = Number(invert(clientX - svgLeft.current))
    if (Number.isFinite(day)) onChange(Math.round(clamp(day, min, max)))
  }
  const onPointerDown = (event: PointerEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement
    svgLeft.current = svg ? svg.getBoundingClientRect().left : 0
    event.currentTarget.setPointerCapture?.(event.pointerId)
    event.currentTarget.focus()
    setDragging(true)
    event.preventDefault()
  }
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    if (dragging) moveTo(event.clientX)
  }
  const onPointerUp = (event: PointerEvent<SVGGElement>) => {
    if (!dragging) return
    event.currentTarget.releasePointerCapture?.(event.pointerId)
    setDragging(false)
    moveTo(event.clientX)
  }
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const step = steps[event.key]
    const next =
      step !== undefined
        ? value + step
        : event.key === 'Home'
          ? min
          : event.key === 'End'
            ? max
            : null
    if (next === null) return
    event.preventDefault()
    onChange(Math.round(clamp(next, min, max)))
  }

  const top = plot.y
  const bottom = plot.y + plot.height
  const middle = top + plot.height / 2
  const active = dragging || focused
  // Above every other layer (areas, lines, labels), so the handle is always the one grabbed.
  return (
    <ZIndexLayer zIndex={DefaultZIndexes.label + 100}>
      <g
        className="window-handle"
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={Math.round(value)}
        aria-valuetext={valueText}
        aria-orientation="horizontal"
        style={{ cursor: 'ew-resize', outline: 'none', touchAction: 'none' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => setDragging(false)}
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {/* A wide transparent strip makes the thin line easy to grab. */}
        <rect x={x - 10} y={top} width={20} height={plot.height} fill="transparent" />
        <line
          x1={x}
          x2={x}
          y1={top}
          y2={bottom}
          stroke={valuationColours.handle}
          strokeWidth={active ? 2.5 : 1.5}
        />
        <rect
          x={x - 5}
          y={middle - 16}
          width={10}
          height={32}
          rx={3}
          fill={valuationColours.handle}
          stroke={active ? 'var(--text)' : 'var(--surface)'}
          strokeWidth={active ? 2 : 1}
        />
        {[-6, 0, 6].map((dy) => (
          <line
            key={dy}
            x1={x - 2.5}
            x2={x + 2.5}
            y1={middle + dy}
            y2={middle + dy}
            stroke="var(--surface)"
            strokeWidth={1}
          />
        ))}
      </g>
    </ZIndexLayer>
  )
}
