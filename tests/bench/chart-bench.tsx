// The chart bench page (tests/bench/chart-bench.html), built only by `npm run bench`: draws one
// chart at a time on synthetic sessions and times it in the page, from render to the first paint
// after the lines are in the DOM. Driven by bench.mjs through `window.__chartBench`.
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts'
import { CompareChart, type CompareChartRow } from '@/charts/compare-chart'
import { MovesPeChart, type MovesPeRow } from '@/charts/moves-pe-chart'
import '@/app/styles.css'
import '@/components/compare/compare.css'

export type ChartKind = 'ours' | 'plain' | 'main'

interface Drawn {
  /** Render start to the first paint after every line of the chart is in the DOM. */
  ms: number
  /** Points drawn per series (after downsampling, for ours). */
  points: number
}

declare global {
  interface Window {
    __chartBench?: { draw: (kind: ChartKind, sessions: number) => Promise<Drawn> }
  }
}

const width = 1200
const height = 420

/** `n` weekday sessions from 1960 on: a random walk (seeded) and a slower PE. */
function sessions(n: number) {
  let seed = 20250226
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed / 2_147_483_648
  }
  const rows: { date: string; value: number; move: number; pe: number }[] = []
  let level = 100
  let day = Date.parse('1960-01-04T00:00:00Z')
  for (let i = 0; i < n; i += 1) {
    const weekday = new Date(day).getUTCDay()
    if (weekday === 6) day += 2 * 86_400_000
    if (weekday === 0) day += 86_400_000
    const move = (random() - 0.5) * 0.06 + (i === Math.floor(n * 0.7) ? 0.1984 : 0)
    level *= 1 + move
    rows.push({
      date: new Date(day).toISOString().slice(0, 10),
      value: level,
      move,
      pe: 30 + 8 * Math.sin(i / 90) + random() * 2,
    })
    day += 86_400_000
  }
  return rows
}

/** recharts as it comes: category x axis over dates, default grid, axes and tooltip. */
function PlainChart({ rows }: { rows: ReturnType<typeof sessions> }) {
  return (
    <LineChart width={width} height={height} data={rows}>
      <CartesianGrid />
      <XAxis dataKey="date" />
      <YAxis />
      <Tooltip />
      {/* Default Line, except no dots and no animation (an animated line is never "drawn"). */}
      <Line dataKey="value" dot={false} isAnimationActive={false} />
      <Line dataKey="pe" dot={false} isAnimationActive={false} />
    </LineChart>
  )
}

const compareSeries = [{ label: 'Series', colour: 'var(--compare-1, #2456d6)' }]
const paneLabels = { main: 'Rebased to 100', pe: 'PE-TTM' }
const band = { mean: 30, stdDev: 5 }

function element(kind: ChartKind, rows: ReturnType<typeof sessions>) {
  if (kind === 'plain') return <PlainChart rows={rows} />
  if (kind === 'main') {
    const moves: MovesPeRow[] = rows.map(({ date, move, pe }) => ({ date, move, pe }))
    return (
      <MovesPeChart
        caption="Daily moves vs sector PE"
        summary=""
        rows={moves}
        moveLabel="Move"
        peLabel="PE-TTM"
        peBand={{ ...band, since: rows[0]?.date ?? '' }}
        highlightedDate={null}
        height={height}
      />
    )
  }
  const base = rows[0]?.value ?? 100
  const compared: CompareChartRow[] = rows.map(({ date, value, pe }) => ({
    date,
    values: [(value / base) * 100],
    pe,
  }))
  return (
    <CompareChart
      caption="Compared"
      summary=""
      rows={compared}
      series={compareSeries}
      mode="rebased"
      logScale={false}
      peLabel="PE-TTM"
      peBand={band}
      paneLabels={paneLabels}
      language="en"
      noValueText="no session"
    />
  )
}

const nextPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** Resolves when `count` line paths with a shape are in `host`. */
function linesDrawn(host: HTMLElement, count: number): Promise<void> {
  const done = () =>
    [...host.querySelectorAll('path.recharts-line-curve')].filter(
      (path) => (path.getAttribute('d') ?? '').length > 10,
    ).length >= count
  return new Promise((resolve) => {
    if (done()) return resolve()
    const observer = new MutationObserver(() => {
      if (!done()) return
      observer.disconnect()
      resolve()
    })
    observer.observe(host, { subtree: true, childList: true, attributes: true })
  })
}

let root: Root | null = null

window.__chartBench = {
  async draw(kind, n) {
    const host = document.getElementById('host')
    if (!host) throw new Error('chart-bench.html has no #host')
    root?.unmount()
    // The sessions in the shape each chart takes (the app's data layer makes them so), outside the
    // timed draw, as the plain chart's rows are; then without their garbage (see bench.mjs).
    const chart = element(kind, sessions(n))
    ;(window as Window & { gc?: () => void }).gc?.()
    await nextPaint()
    const start = performance.now()
    root = createRoot(host)
    const next = root
    flushSync(() => next.render(chart))
    await linesDrawn(host, kind === 'main' ? 1 : 2)
    await nextPaint()
    const ms = performance.now() - start
    const figure = host.querySelector<HTMLElement>('figure[data-points-drawn]')
    return { ms, points: figure ? Number(figure.dataset.pointsDrawn) : n }
  },
}
