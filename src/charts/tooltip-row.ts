import type { TooltipContentProps, TooltipValueType } from 'recharts'

/** What a tooltip body reads of recharts' tooltip props: whether it shows, and the row under it. */
export type TooltipState = Pick<
  TooltipContentProps<TooltipValueType, string | number>,
  'active' | 'payload'
>

/**
 * The row under the crosshair (recharts passes it as the first entry's `payload`: every chart here
 * hands recharts whole rows), or null while the tooltip is hidden.
 */
export function tooltipRow<Row>({ active, payload }: TooltipState): Row | null {
  const row = payload?.[0]?.payload as Row | undefined
  return active && row ? row : null
}
