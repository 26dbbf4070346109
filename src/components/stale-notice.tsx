import { formatExchangeTime } from '@/format'
import { useT } from '@/i18n'
import { failedRefresh, type QueryStamp } from '@/queries/refresh-state'
import '@/components/faults.css'

/**
 * Marks data kept on screen after its refresh failed (React Query keeps the last good data):
 * "Refresh failed at 14:02 · showing data as of 2026-11-20 16:00 (UTC+8) · Retry", and why. Shows
 * nothing while every query that has data is up to date (see `failedRefresh`).
 */
export function StaleNotice({
  stamps,
  onRetry,
}: {
  stamps: readonly QueryStamp[]
  onRetry: () => void
}) {
  const t = useT()
  const refresh = failedRefresh(stamps)
  if (!refresh) return null
  return (
    <div className="stale-notice" role="status">
      <p>
        <strong>
          {t('Refresh failed at {time}', {
            time: formatExchangeTime(refresh.failedAt).slice(11),
          })}
        </strong>
        {' · '}
        {t('showing data as of {time} (UTC+8)', { time: formatExchangeTime(refresh.asOf) })}
        {' · '}
        <button type="button" className="link-button" onClick={onRetry} disabled={refresh.retrying}>
          {refresh.retrying ? t('Retrying…') : t('Retry')}
        </button>
      </p>
      <p className="stale-reason">{refresh.reason}</p>
    </div>
  )
}
