import { memo, useCallback, useId, type KeyboardEvent, type ReactElement } from 'react'
import { ResponsiveContainer, Treemap, type TreemapNode } from 'recharts'
import { heatColour, heatLegend } from '@/charts/heat-colours'
import type { MoverPeriod } from '@/domain/movers'
import type { Ticker } from '@/domain/types'
import { formatSignedPercent } from '@/format'

/** One tile: a listing, its area (market cap in CNY) and its change over the period. */
export interface HeatTile {
  ticker: Ticker
  /** Short name drawn on the tile when it fits. */
  name: string
  /** Exchange code drawn under the name on large tiles. */
  code: string
  /** Area: market cap in CNY (positive). */
  size: number
  /** Change over the period (fraction); null when there is none (suspended, too young). */
  change: number | null
  /** Accessible name, e.g. "Henlius 02696.HK +19.84%". */
  label: string
  /** Hover text with details. */
  title: string
}

/** Tiles of one market, drawn as one block. */
export interface HeatGroup {
  id: string
  label: string
  tiles: readonly HeatTile[]
}

export interface MoversHeatMapProps {
  caption: string
  /** Text alternative (largest tiles, largest movers), shown under the map. */
  summary: string
  groups: readonly HeatGroup[]
  period: MoverPeriod
  selected: Ticker | null
  onTileChosen: (ticker: Ticker) => void
  /** Label of the colour legend, e.g. "Change over 1D". */
  legendLabel: string
}

const tileFont = 'Inter, "Segoe UI", system-ui, sans-serif'

/** The text that fits in `width` px at `size` px per character (roughly), with an ellipsis. */
function fit(text: string, width: number, size: number): string {
  // Bold Latin averages ~0.62 em a character; CJK is a full em.
  const em = /[\u3000-\u9fff]/.test(text) ? 1.05 : 0.64
  const chars = Math.floor((width - 10) / (size * em))
  if (chars >= text.length) return text
  return chars >= 4 ? `${text.slice(0, chars - 1)}…` : ''
}

interface TileProps {
  node: TreemapNode
  period: MoverPeriod
  selected: boolean
  onChosen: (ticker: Ticker) => void
}

function Tile({ node, period, selected, onChosen }: TileProps) {
  const { x, y, width, height } = node
  const tile = node as unknown as TreemapNode & HeatTile
  const colour = heatColour(tile.change, period)
  const choose = () => onChosen(tile.ticker)
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      choose()
    }
  }
  const nameSize = Math.max(10, Math.min(18, Math.sqrt(width * height) / 9))
  const showName = width >= 44 && height >= 30
  const showCode = width >= 70 && height >= 54
  const lines = showCode ? 3 : 2
  const top = y + height / 2 - ((lines - 1) * nameSize * 0.62) / 2
  return (
    <g
      className={selected ? 'heat-tile selected' : 'heat-tile'}
      role="button"
      tabIndex={0}
      aria-label={tile.label}
      aria-pressed={selected}
      onClick={choose}
      onKeyDown={onKeyDown}
    >
      <title>{tile.title}</title>
      <rect
        x={x}
        y={y}
        width={Math.max(0, width)}
        height={Math.max(0, height)}
        style={{ fill: colour.fill }}
        className="heat-tile-rect"
      />
      {showName && (
        <text
          x={x + width / 2}
          y={top}
          textAnchor="middle"
          dominantBaseline="middle"
          fontFamily={tileFont}
          stroke="none"
          style={{ fill: colour.text }}
        >
          <tspan fontSize={nameSize} fontWeight={600}>
            {fit(tile.name, width, nameSize)}
          </tspan>
          {showCode && (
            <tspan x={x + width / 2} dy={nameSize * 1.1} fontSize={Math.max(9, nameSize * 0.62)}>
              {tile.code}
            </tspan>
          )}
          <tspan
            x={x + width / 2}
            dy={showCode ? nameSize * 0.95 : nameSize * 1.15}
            fontSize={Math.max(10, nameSize * 0.8)}
          >
            {tile.change === null ? '—' : formatSignedPercent(tile.change)}
          </tspan>
        </text>
      )}
    </g>
  )
}

function total(group: HeatGroup): number {
  return group.tiles.reduce((sum, tile) => sum + tile.size, 0)
}

/**
 * The sector heat map: one treemap block per market, its share of the width (or of the height on
 * narrow screens) proportional to the market's total cap, so that area = market cap in CNY across
 * the whole map. Tile colour = change over the period in the user's up/down colours. Tiles are
 * buttons: focusable, named "Henlius 02696.HK +19.84%", chosen by click, Enter or Space.
 */
export const MoversHeatMap = memo(function MoversHeatMap({
  caption,
  summary,
  groups,
  period,
  selected,
  onTileChosen,
  legendLabel,
}: MoversHeatMapProps) {
  const captionId = useId()
  const summaryId = useId()
  const content = useCallback(
    (node: TreemapNode): ReactElement =>
      node.depth === 0 ? (
        <g />
      ) : (
        <Tile
          node={node}
          period={period}
          selected={selected === (node as unknown as HeatTile).ticker}
          onChosen={onTileChosen}
        />
      ),
    [period, selected, onTileChosen],
  )
  const shown = groups.filter((group) => total(group) > 0)
  const legend = heatLegend(period)

  return (
    <figure
      className="chart-figure heat-figure"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
    >
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <div className="heat-groups">
        {shown.map((group) => (
          <div key={group.id} className="heat-group" style={{ flexGrow: total(group) }}>
            <div className="heat-group-label">{group.label}</div>
            <div className="heat-group-body">
              <ResponsiveContainer width="100%" height="100%">
                <Treemap
                  data={[...group.tiles]
                    .sort((a, b) => b.size - a.size)
                    .map((tile) => ({ ...tile }))}
                  dataKey="size"
                  nameKey="name"
                  isAnimationActive={false}
                  content={content}
                />
              </ResponsiveContainer>
            </div>
          </div>
        ))}
      </div>
      <div className="heat-legend" aria-hidden="true">
        <span className="heat-legend-label">{legendLabel}</span>
        <div className="heat-legend-scale">
          {legend.swatches.map((colour, i) => (
            <span
              key={`swatch-${i}`}
              className="heat-swatch"
              style={{ background: colour.fill, gridColumn: `${2 * i + 1} / span 2` }}
            />
          ))}
          {legend.boundaries.map((change, i) => (
            <span
              key={`label-${i}`}
              className="heat-legend-tick"
              style={{ gridColumn: `${2 * i + 2} / span 2` }}
            >
              {change === 0 ? '0' : formatSignedPercent(change).replace('.00', '')}
            </span>
          ))}
        </div>
      </div>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
    </figure>
  )
})
