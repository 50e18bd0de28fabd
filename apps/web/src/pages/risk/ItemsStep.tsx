import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { Draft, DraftEdits, ListKey } from './assessmentDraft.ts';

/** A step of the wizard that lists goals, threats or risks: each removable, then one to add. */
export function ItemsStep<K extends ListKey>({
  list,
  items,
  edit,
  itemClass,
  addLabel,
  newItem,
  children,
}: {
  list: K;
  items: Draft[K][number][];
  edit: DraftEdits;
  /** The class of each item's box. */
  itemClass: string;
  addLabel: string;
  newItem: () => Draft[K][number];
  /** The fields of one item. */
  children: (item: Draft[K][number], i: number) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{t(`risk.step.${list}`)}</h2>
      {items.map((item, i) => (
        <div key={i} className={itemClass}>
          {children(item, i)}
          <button type="button" className="btn btn-small" onClick={() => edit.remove(list, i)}>
            {t('risk.remove')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-small" onClick={() => edit.add(list, newItem())}>
        {addLabel}
      </button>
    </section>
  );
}
