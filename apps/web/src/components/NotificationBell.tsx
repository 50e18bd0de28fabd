import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { formatNumber } from '@fieldsafe/core';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';

export const UNREAD_KEY = ['notifications', 'unread'] as const;

/** The bell in the header: how many notifications are unread; opens the notification centre. */
export function NotificationBell({ onNavigate }: { onNavigate?: () => void }) {
  const { t, locale } = useI18n();
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => api.get<{ unread: number }>('/api/notifications/unread'),
    refetchInterval: 60_000,
    retry: false,
  });
  const n = unread.data?.unread ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="bell"
      onClick={onNavigate}
      aria-label={t('notifications.bell', { n })}
      data-testid="notification-bell"
    >
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="currentColor">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {n > 0 && (
        <span className="bell-count" data-testid="notification-count" aria-hidden="true">
          {n > 99 ? `${formatNumber(99, locale)}+` : formatNumber(n, locale)}
        </span>
      )}
    </NavLink>
  );
}
