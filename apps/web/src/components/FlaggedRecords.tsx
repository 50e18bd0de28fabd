import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { CountryPage } from './CountryPage.tsx';
import { QueryView } from './QueryView.tsx';

export interface FlaggedRecordsTexts {
  title: string;
  intro: string;
  flaggedCount: (n: number) => string;
  add: string;
  empty: string;
}

/**
 * A country's records that carry flags (host country agreements, SLT partners): the count of
 * flagged ones, the add form for those who may edit (ability from the server), and the cards.
 */
export function FlaggedRecordsPage<T extends { id: string; flags: readonly string[] }>(props: {
  texts: FlaggedRecordsTexts;
  tabs: ReactNode;
  /** The list's query key (invalidated by the forms) and the prefix of its test ids. */
  queryKey: string;
  testId: string;
  url: (countryId: string) => string;
  form: (countryId: string, onClose: () => void) => ReactNode;
  card: (item: T) => ReactNode;
}) {
  const [adding, setAdding] = useState<string | null>(null);
  return (
    <CountryPage title={props.texts.title} tabs={props.tabs}>
      {(countryId) => (
        <Records
          {...props}
          countryId={countryId}
          adding={adding === countryId}
          setAdding={setAdding}
        />
      )}
    </CountryPage>
  );
}

function Records<T extends { id: string; flags: readonly string[] }>({
  texts,
  queryKey,
  testId,
  url,
  form,
  card,
  countryId,
  adding,
  setAdding,
}: {
  texts: FlaggedRecordsTexts;
  queryKey: string;
  testId: string;
  url: (countryId: string) => string;
  form: (countryId: string, onClose: () => void) => ReactNode;
  card: (item: T) => ReactNode;
  countryId: string;
  adding: boolean;
  setAdding: (c: string | null) => void;
}) {
  const list = useQuery({
    queryKey: [queryKey, countryId],
    queryFn: () => api.get<{ items: T[]; abilities: { canEdit: boolean } }>(url(countryId)),
  });
  return (
    <QueryView query={list}>
      {(d) => {
        const flagged = d.items.filter((a) => a.flags.length > 0);
        return (
          <>
            <p className="muted">{texts.intro}</p>
            {flagged.length > 0 && (
              <p className="alert alert-error" role="status" data-testid={`${testId}-flagged`}>
                {texts.flaggedCount(flagged.length)}
              </p>
            )}
            {d.abilities.canEdit && !adding && (
              <div className="button-row">
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => setAdding(countryId)}
                >
                  {texts.add}
                </button>
              </div>
            )}
            {adding && form(countryId, () => setAdding(null))}
            {d.items.length === 0 ? <p className="card empty">{texts.empty}</p> : d.items.map(card)}
          </>
        );
      }}
    </QueryView>
  );
}
