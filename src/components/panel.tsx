import { Component, useId, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '@/i18n'

/** A titled region of the dashboard. Its heading names the region for assistive technology. */
export function Panel({
  title,
  actions,
  footer,
  children,
  className,
  id,
}: {
  id?: string
  title: ReactNode
  actions?: ReactNode
  footer?: ReactNode
  children: ReactNode
  className?: string
}) {
  const headingId = useId()
  return (
    <section id={id} className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          {title}
        </h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <PanelBoundary>{children}</PanelBoundary>
      {footer && <footer className="panel-footer">{footer}</footer>}
    </section>
  )
}

/** Error state of a panel: what failed, from which source, and a retry control. */
export function PanelError({
  message,
  onRetry,
  retryLabel = 'Retry',
}: {
  message: string
  onRetry?: () => void
  retryLabel?: string
}) {
  return (
    <div className="panel-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  )
}

/** Placeholder with the shape of the content while it loads. */
export function Skeleton({
  label,
  lines = 6,
  height,
}: {
  label: string
  lines?: number
  height?: number
}) {
  return (
    <div
      className="skeleton"
      role="status"
      aria-live="polite"
      aria-busy="true"
      style={height ? { height } : undefined}
    >
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton-line" style={{ width: `${92 - ((i * 17) % 40)}%` }} />
      ))}
    </div>
  )
}

interface BoundaryState {
  error: Error | null
}

/** What a boundary shows in place of what broke (a function component, for the translations). */
function BoundaryError({
  error,
  part,
  onRetry,
}: {
  error: Error
  part: string | undefined
  onRetry: () => void
}) {
  const t = useT()
  return (
    <PanelError
      message={
        part
          ? t('{part} could not be shown: {reason}', { part, reason: error.message })
          : t('This panel could not be shown: {reason}', { reason: error.message })
      }
      retryLabel={t('Retry')}
      onRetry={onRetry}
    />
  )
}

/**
 * Keeps a rendering bug in one panel (or one part of it, named by `part`) from taking down the
 * page: it shows what broke and offers to try again; the other panels keep working.
 */
export class PanelBoundary extends Component<
  { children: ReactNode; part?: string },
  BoundaryState
> {
  state: BoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Visible in the console for whoever debugs it; the panel shows a plain message.
    console.warn('Panel failed to render', error, info.componentStack)
  }

  render() {
    if (this.state.error) {
      return (
        <BoundaryError
          error={this.state.error}
          part={this.props.part}
          onRetry={() => this.setState({ error: null })}
        />
      )
    }
    return this.props.children
  }
}
