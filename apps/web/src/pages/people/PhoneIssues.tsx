import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { ErrorBox, Pager } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';

const PAGE_SIZE = 20;

/**
 * Stored phone numbers that could not be read as E.164 (the server lists those of the people the
 * reader may edit); each links to the person, where the number is corrected. Nothing when none.
 */
export function PhoneIssues() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const issues = useQuery({
    queryKey: ['people', 'phone-issues', page],
    queryFn: () =>
      api.get<ApiBody<'/api/people/phone-issues'>>(
        withQuery('/api/people/phone-issues', { page: String(page), pageSize: String(PAGE_SIZE) }),
      ),
    placeholderData: keepPreviousData,
  });
  if (issues.error) return <ErrorBox error={issues.error} onRetry={() => void issues.refetch()} />;
  const data = issues.data;
  if (!data || data.total === 0) return null;
  return (
    <section className="card" aria-labelledby="phone-issues" data-testid="phone-issues">
      <h2 id="phone-issues">{t('people.phoneIssues')}</h2>
      <p className="muted">{t('people.phoneIssuesHelp')}</p>
      <ul>
        {data.items.map((i) => (
          <li key={i.personId}>
            <Link to={`/people/${i.personId}`}>
              {i.familyName}, {i.givenName}
            </Link>{' '}
            <bdi dir="ltr">{i.phone}</bdi> <span className="muted">{i.reason}</span>
          </li>
        ))}
      </ul>
      <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
    </section>
  );
}
