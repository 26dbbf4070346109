import type { ReactNode } from 'react'
import { safeExternalUrl } from '@/domain/external-url'

/**
 * A link to another site, opened in a new tab without handing it this page (`noopener`) or its
 * address (`noreferrer`) — or, when {@link safeExternalUrl} refuses the URL (not http(s),
 * malformed, user-info, missing), the same text as a plain `<span>`. The only way components
 * render an external link.
 */
export function ExternalLink({
  url,
  className,
  children,
}: {
  url: string | null | undefined
  className?: string
  children: ReactNode
}) {
  const href = safeExternalUrl(url)
  if (href === null) return <span className={className}>{children}</span>
  return (
    <a className={className} href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  )
}
