import { useT } from '@/i18n'
import { useDashboardActions, useNotices } from '@/state/dashboard-store'

/** Notices about repaired settings or ignored URL parameters, each dismissible. */
export function NoticeBar() {
  const notices = useNotices()
  const { noticeDismissed } = useDashboardActions()
  const t = useT()
  if (notices.length === 0) return null
  return (
    <div className="notice-bar" role="status" aria-live="polite">
      {notices.map((notice, index) => (
        <p key={notice} className="notice">
          {notice}
          <button
            type="button"
            className="icon-button"
            aria-label={t('Dismiss notice')}
            onClick={() => noticeDismissed(index)}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  )
}
