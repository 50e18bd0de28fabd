import { MANAGEMENT_LEVELS, STAFF_TYPES } from '@fieldsafe/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { enumLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/index.tsx';
import { personName, usePerson } from '../../queries.ts';
import { GENDERS, RELATIONSHIPS } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];
import { formatDate } from '../../components/ui.tsx';

/** The read-only view of a person, for those who may not edit the record. */
export function PersonView({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const sponsor = usePerson(person.sponsorId);
  const rows: [string, ReactNode][] = [
    [t('common.kind'), t(`people.kind.${person.kind}`)],
    [t('people.staffId'), person.staffId],
    [t('common.organization'), person.organizationCode],
    [t('people.category'), person.category ? t(`people.category.${person.category}`) : null],
    [t('people.contractType'), person.contractType],
    [t('people.staffType'), enumLabel(t, 'people.staffType', STAFF_TYPES, person.staffType)],
    [
      t('people.managementLevel'),
      enumLabel(t, 'people.managementLevel', MANAGEMENT_LEVELS, person.managementLevel),
    ],
    [t('people.gender'), enumLabel(t, 'people.gender', GENDERS, person.gender)],
    [t('common.dutyStation'), person.dutyStationName],
    [t('common.zone'), person.zoneName],
    [
      t('people.essential'),
      person.kind === 'personnel' ? (person.essential ? t('common.yes') : t('common.no')) : null,
    ],
    [
      t('people.email'),
      person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : null,
    ],
    [
      t('people.phone'),
      person.phone ? (
        <a href={`tel:${person.phone.replace(/[^+0-9]/g, '')}`}>{person.phone}</a>
      ) : null,
    ],
    [t('people.radio'), person.radioCallSign],
    [
      t('people.sponsor'),
      person.sponsorId ? (
        <Link to={`/people/${person.sponsorId}`}>
          {sponsor.data ? personName(sponsor.data) : t('common.loading')}
        </Link>
      ) : null,
    ],
    [
      t('people.relationship'),
      enumLabel(t, 'people.relationship', RELATIONSHIPS, person.relationship),
    ],
    [t('people.dateOfBirth'), person.dateOfBirth ? formatDate(person.dateOfBirth, locale) : null],
    [t('people.stayUntil'), person.stayUntil ? formatDate(person.stayUntil, locale) : null],
    [
      t('common.status'),
      person.status === 'separated' ? t('people.status.separated') : t('people.status.active'),
    ],
  ];
  return (
    <section className="card">
      <p className="muted">{t('people.readOnly')}</p>
      <dl className="details">
        {rows
          .filter(([, v]) => v !== null && v !== undefined && v !== '')
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
