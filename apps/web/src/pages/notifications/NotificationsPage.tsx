import { Fragment, useState, type ReactNode } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { ErrorBox, FormError, Loading, Pager, formatDateTime } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

export interface AppNotification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

interface NotificationPage {
  items: AppNotification[];
  unread: number;
  page: number;
  pageSize: number;
  total: number;
}

const PAGE_SIZE = 20;

/** Web addresses in a text become links (a check-in message carries its link in the text). */
function withLinks(text: string): ReactNode[] {
  return text.split(/(https?:\/\/[^\s<>"]+[^\s<>".,;:!?)])/g).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} className="wrap-anywhere">
        {part}
      </a>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

/** The record a notification is about: app pages by the router, server pages (check-in) by the browser. */
function RecordLink({
  link,
  children,
  onOpen,
}: {
  link: string;
  children: ReactNode;
  onOpen: () => void;
}) {
  if (link.startsWith('/') && !link.startsWith('/checkin/') && !link.startsWith('//'))
    return (
      <Link to={link} onClick={onOpen}>
        {children}
      </Link>
    );
  return (
    <a href={link} onClick={onOpen}>
      {children}
    </a>
  );
}

/**
 * A warden cascade: the way to the call list (a table with tap-to-call numbers and "reached"
 * buttons), with the names the message carried folded away rather than one long paragraph.
 */
function CascadeBody({ link, body, onOpen }: { link: string; body: string; onOpen: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <p>
        <Link to={link} className="btn btn-primary" onClick={onOpen} data-testid="open-call-list">
          {t('notifications.cascade.open')}
        </Link>
      </p>
      <details className="small">
        <summary>{t('notifications.cascade.names')}</summary>
        <p className="wrap-anywhere">{body}</p>
      </details>
    </>
  );
}

/** /notifications — the notification centre: mine, newest first, paged; mark read. */
export function NotificationsPage() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const [onlyUnread, setOnlyUnread] = useState(false);
  const list = useQuery({
    queryKey: ['notifications', 'list', page, onlyUnread],
    queryFn: () =>
      api.get<NotificationPage>(
        withQuery('/api/notifications', {
          page,
          pageSize: PAGE_SIZE,
          unread: onlyUnread ? 'true' : undefined,
        }),
      ),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post(`/api/notifications/${id}/read`),
    onSettled: refresh,
  });
  const markAll = useMutation({
    mutationFn: () => api.post('/api/notifications/read-all'),
    onSettled: refresh,
  });
  const data = list.data;

  return (
    <div className="page narrow">
      <div className="page-head">
        <h1>{t('notifications.title')}</h1>
        {data && data.unread > 0 && (
          <button
            type="button"
            className="btn"
            disabled={markAll.isPending}
            onClick={() => markAll.mutate()}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </button>
        )}
      </div>
      <label className="filter-toggle">
        <input
          type="checkbox"
          checked={onlyUnread}
          onChange={(e) => {
            setOnlyUnread(e.target.checked);
            setPage(1);
          }}
        />{' '}
        {t('notifications.onlyUnread')}
      </label>
      <FormError error={markRead.error ?? markAll.error} />
      {list.isPending ? (
        <Loading />
      ) : list.error || !data ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : data.items.length === 0 ? (
        <p className="card empty">
          {t(onlyUnread ? 'notifications.emptyUnread' : 'notifications.empty')}
        </p>
      ) : (
        <>
          <ul className="notification-list" data-testid="notifications-list">
            {data.items.map((n) => {
              const open = () => {
                if (!n.readAt) markRead.mutate(n.id);
              };
              return (
                <li
                  key={n.id}
                  className={`card notification${n.readAt ? '' : ' unread'}`}
                  data-testid="notification"
                >
                  <h2 className="notification-title">
                    {n.link ? (
                      <RecordLink link={n.link} onOpen={open}>
                        {n.title}
                      </RecordLink>
                    ) : (
                      n.title
                    )}
                  </h2>
                  {n.kind === 'warden_cascade' && n.link ? (
                    <CascadeBody link={n.link} body={n.body} onOpen={open} />
                  ) : (
                    <p className="wrap-anywhere">{withLinks(n.body)}</p>
                  )}
                  <p className="small muted">
                    {formatDateTime(n.createdAt, locale)}
                    {' · '}
                    {n.readAt ? (
                      t('notifications.read')
                    ) : (
                      <>
                        <strong>{t('notifications.unread')}</strong>{' '}
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => markRead.mutate(n.id)}
                        >
                          {t('notifications.markRead')}
                        </button>
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
          <Pager page={page} pageSize={PAGE_SIZE} total={data.total} onPage={setPage} />
        </>
      )}
      <ChannelPreferences />
    </div>
  );
}

type Preferences = Schemas['NotificationPreferences'];

/** Whether the notices that are not urgent also come by e-mail and SMS (urgent ones always do). */
function ChannelPreferences() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const prefs = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => api.get<Preferences>('/api/notifications/preferences'),
  });
  const save = useMutation({
    mutationFn: (next: Preferences) => api.put<Preferences>('/api/notifications/preferences', next),
    onSuccess: (saved) => qc.setQueryData(['notifications', 'preferences'], saved),
  });
  const current = save.isPending ? save.variables : prefs.data;
  return (
    <section className="card" data-testid="notification-preferences">
      <h2>{t('notifications.prefs.title')}</h2>
      <p className="small muted">{t('notifications.prefs.help')}</p>
      {prefs.error ? (
        <ErrorBox error={prefs.error} onRetry={() => void prefs.refetch()} />
      ) : !current ? (
        <Loading />
      ) : (
        (['email', 'sms'] as const).map((channel) => (
          <label key={channel} className="filter-toggle">
            <input
              type="checkbox"
              checked={current[channel]}
              disabled={save.isPending}
              onChange={(e) => save.mutate({ ...current, [channel]: e.target.checked })}
              data-testid={`notification-preference-${channel}`}
            />{' '}
            {t(channel === 'email' ? 'notifications.prefs.email' : 'notifications.prefs.sms')}
          </label>
        ))
      )}
      <FormError error={save.error} />
    </section>
  );
}
