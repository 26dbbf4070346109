/**
 * PNG snapshots of a chart figure: the recharts SVG with every computed style written inline (so
 * CSS variables such as `var(--series-pe)` become the colours on screen, light or dark theme),
 * drawn on a canvas under a title and over the legend and a footer (source, window, as-of date).
 */

/** SVG properties that decide how a chart looks; copied from the computed style of each node. */
const svgProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'paint-order',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const

function inlineStyles(source: Element, target: Element): void {
  const sources = [source, ...source.querySelectorAll('*')]
  const targets = [target, ...target.querySelectorAll('*')]
  sources.forEach((node, i) => {
    const copy = targets[i]
    if (!(copy instanceof SVGElement)) return
    const computed = getComputedStyle(node)
    const declarations = svgProperties
      .map((property) => [property, computed.getPropertyValue(property)] as const)
      .filter(([, value]) => value !== '')
      .map(([property, value]) => `${property}:${value}`)
    // Through the CSSOM: the Content-Security-Policy (no 'unsafe-inline' styles) refuses a style
    // written with setAttribute, but not one set on the element's style object. The serialised
    // SVG carries it either way.
    copy.style.cssText = declarations.join(';')
  })
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new Error('the browser could not draw the chart image'))
    image.src = url
  })
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) =>
      blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG')),
    )
  })
}

/** The visible colour of a legend swatch (a line is drawn as a border, a patch as a background). */
function swatchColour(swatch: Element | null): string | null {
  if (!swatch) return null
  const style = getComputedStyle(swatch)
  const transparent = (colour: string) => colour === '' || colour === 'rgba(0, 0, 0, 0)'
  if (!transparent(style.backgroundColor)) return style.backgroundColor
  return transparent(style.borderTopColor) ? null : style.borderTopColor
}

/**
 * Renders the chart of `figure` (its first recharts SVG and its `.chart-legend`) as a PNG, at
 * twice the screen resolution. Throws an Error with a plain reason when the figure has no chart
 * or the browser cannot draw or encode it.
 */
export async function chartPng(
  figure: HTMLElement,
  { title, footer }: { title: string; footer: string },
): Promise<Blob> {
  const svg = figure.querySelector('svg.recharts-surface')
  if (!(svg instanceof SVGSVGElement)) throw new Error('there is no chart to export yet')
  const { width, height } = svg.getBoundingClientRect()
  if (!(width > 0 && height > 0)) throw new Error('the chart has no size on screen')

  const clone = svg.cloneNode(true) as SVGSVGElement
  inlineStyles(svg, clone)
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  const markup = new XMLSerializer().serializeToString(clone)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = await loadImage(url)
    const page = getComputedStyle(figure)
    const background = getComputedStyle(figure.closest('.panel') ?? document.body).backgroundColor
    const legend = [...figure.querySelectorAll('.chart-legend li')].map((item) => ({
      text: item.textContent?.trim() ?? '',
      colour: swatchColour(item.querySelector('span')),
    }))
    const pad = 16
    const titleHeight = 26
    const legendHeight = legend.length > 0 ? 20 * Math.ceil(legend.length / 3) : 0
    const footerHeight = 20
    const scale = 2
    const canvas = document.createElement('canvas')
    canvas.width = (width + 2 * pad) * scale
    canvas.height = (height + titleHeight + legendHeight + footerHeight + 2 * pad) * scale
    const context = canvas.getContext('2d')
    if (!context) throw new Error('this browser cannot draw on a canvas')
    context.scale(scale, scale)
    context.fillStyle = background === 'rgba(0, 0, 0, 0)' ? '#ffffff' : background
    context.fillRect(
      0,
      0,
      width + 2 * pad,
      height + titleHeight + legendHeight + footerHeight + 2 * pad,
    )
    const font = page.fontFamily || 'system-ui, sans-serif'
    context.fillStyle = page.color || '#1b1f24'
    context.font = `600 14px ${font}`
    context.fillText(title, pad, pad + 14, width)
    context.drawImage(image, pad, pad + titleHeight, width, height)
    context.font = `12px ${font}`
    const column = width / 3
    legend.forEach(({ text, colour }, i) => {
      const x = pad + (i % 3) * column
      const y = pad + titleHeight + height + 14 + Math.floor(i / 3) * 20
      if (colour) {
        context.fillStyle = colour
        context.fillRect(x, y - 8, 12, 8)
      }
      context.fillStyle = page.color || '#1b1f24'
      context.fillText(text, x + 18, y, column - 24)
    })
    context.globalAlpha = 0.75
    context.font = `11px ${font}`
    context.fillText(footer, pad, pad + titleHeight + height + legendHeight + 16, width)
    return await canvasBlob(canvas)
  } finally {
    URL.revokeObjectURL(url)
  }
}
