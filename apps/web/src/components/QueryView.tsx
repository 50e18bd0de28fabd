import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorBox, Loading } from './ui.tsx';

/** A query's states: spinner while pending, the error (with retry unless `retry={false}`), then the data. */
export function QueryView<T>({
  query,
  retry = true,
  children,
}: {
  query: UseQueryResult<T>;
  retry?: boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.error)
    return (
      <ErrorBox error={query.error} onRetry={retry ? () => void query.refetch() : undefined} />
    );
  return <>{children(query.data)}</>;
}
