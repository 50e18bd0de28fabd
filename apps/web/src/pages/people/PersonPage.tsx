import { Link, useNavigate, useParams } from 'react-router';
import { useCurrentCountry } from '../../country.tsx';
import { ErrorBox, Loading } from '../../components/ui.tsx';
import { useT } from '../../i18n/index.tsx';
import { personName, usePerson } from '../../queries.ts';
import { PersonForm } from './PersonForm.tsx';
import { MaipCoverage } from './MaipCoverage.tsx';
import { PersonView } from './PersonView.tsx';
import { Whereabouts } from './Whereabouts.tsx';
import { draftOf, emptyDraft } from './personDraft.ts';

export function PersonPage() {
  const t = useT();
  const { id } = useParams();
  const navigate = useNavigate();
  const { countryId } = useCurrentCountry();
  const person = usePerson(id);

  const back = (
    <p>
      <Link to="/people">
        <span className="dir-icon" aria-hidden="true">
          ←
        </span>{' '}
        {t('people.back')}
      </Link>
    </p>
  );

  if (!id) {
    return (
      <div className="page narrow">
        {back}
        <h1>{t('people.new')}</h1>
        <PersonForm
          initial={emptyDraft('personnel')}
          personId={null}
          countryId={countryId}
          onCreated={(p) =>
            void navigate(`/people/${p.id}`, { replace: true, state: { created: true } })
          }
        />
      </div>
    );
  }

  if (person.isPending) return <Loading />;
  if (person.error) {
    return (
      <div className="page narrow">
        {back}
        <ErrorBox error={person.error} onRetry={() => void person.refetch()} />
      </div>
    );
  }
  const p = person.data;
  return (
    <div className="page narrow">
      {back}
      <h1>
        {personName(p)} <span className="muted small">· {t(`people.kind.${p.kind}`)}</span>
      </h1>
      {p.abilities.canEdit ? (
        <PersonForm
          key={p.id}
          initial={draftOf(p)}
          personId={p.id}
          countryId={p.countryId}
          onCreated={() => undefined}
        />
      ) : (
        <PersonView person={p} />
      )}
      <Whereabouts key={`w-${p.id}`} person={p} />
      <MaipCoverage key={`m-${p.id}`} person={p} />
    </div>
  );
}
