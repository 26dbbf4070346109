import { useCallback, useState } from 'react'

/** A chart container's content size in whole pixels. */
export interface ChartSize {
  width: number
  height: number
}

function sizeOf(width: number, height: number): ChartSize | null {
  const size = { width: Math.floor(width), height: Math.floor(height) }
  return size.width > 0 && size.height > 0 ? size : null
}

/**
 * The size of a chart's container (give `ref` to the element the stylesheet sizes), measured once
 * when it mounts and then by a ResizeObserver — what recharts' ResponsiveContainer does, but here
 * the chart component knows its width, so it can downsample its rows to the plot's pixels before
 * recharts sees them. `null` until the element has a size (a chart then draws nothing).
 */
export function useChartSize(): [
  ref: (element: HTMLElement | null) => () => void,
  ChartSize | null,
] {
  const [size, setSize] = useState<ChartSize | null>(null)
  const ref = useCallback((element: HTMLElement | null) => {
    const update = (next: ChartSize | null) =>
      setSize((previous) =>
        previous?.width === next?.width && previous?.height === next?.height ? previous : next,
      )
    if (!element) return () => {}
    // Measured now (during the commit) so the first paint already has the chart.
    const box = element.getBoundingClientRect()
    update(sizeOf(box.width, box.height))
    const observer = new ResizeObserver((entries) => {
      const rect = entries.at(-1)?.contentRect
      if (rect) update(sizeOf(rect.width, rect.height))
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, size]
}
