import { Badge } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Structure = Schemas['CountryStructure'];

export function StructureTree({
  structure,
  wardens,
}: {
  structure: Structure;
  wardens: Map<string, string[]>;
}) {
  const { t } = useI18n();
  const { areas, dutyStations, wardenZones, premises } = structure;
  const areaOrder = { capital: 0, outside_capital: 1, designated_area: 2 } as const;
  const sortedAreas = [...areas].sort(
    (a, b) => areaOrder[a.kind] - areaOrder[b.kind] || a.name.localeCompare(b.name),
  );

  return (
    <section className="card" aria-labelledby="structure-title">
      <h2 id="structure-title">{t('dash.structure')}</h2>
      {areas.length === 0 ? (
        <p className="empty">{t('dash.noAreas')}</p>
      ) : (
        <ul className="tree" data-testid="structure-tree">
          {sortedAreas.map((area) => {
            const stations = dutyStations.filter((s) => s.areaId === area.id);
            return (
              <li key={area.id}>
                <details open>
                  <summary>
                    <strong>{area.name}</strong>{' '}
                    <span className="muted">· {t(`kind.area.${area.kind}`)}</span>
                    {area.isDesignatedArea && area.kind !== 'designated_area' && (
                      <Badge tone="info">{t('dash.designatedArea')}</Badge>
                    )}
                  </summary>
                  {stations.length === 0 ? (
                    <p className="empty small">{t('dash.noStations')}</p>
                  ) : (
                    <ul>
                      {stations.map((st) => {
                        const zones = wardenZones.filter((z) => z.dutyStationId === st.id);
                        const prem = premises.filter((p) => p.dutyStationId === st.id);
                        return (
                          <li key={st.id} className="station">
                            <div>
                              <strong>{st.name}</strong>{' '}
                              <span className="muted">· {t(`kind.station.${st.kind}`)}</span>
                            </div>
                            {zones.length > 0 && (
                              <div className="tree-group">
                                <h3 className="tree-label">{t('dash.zones')}</h3>
                                <ul>
                                  {zones.map((z) => {
                                    const names = wardens.get(z.id) ?? [];
                                    return (
                                      <li key={z.id} className="zone">
                                        <span>{z.name}</span>{' '}
                                        {names.length > 0 ? (
                                          <span className="muted">
                                            {t('dash.warden', { name: names.join(', ') })}
                                          </span>
                                        ) : (
                                          <Badge tone="warning">{t('dash.noWarden')}</Badge>
                                        )}
                                      </li>
                                    );
                                  })}
                                </ul>
                              </div>
                            )}
                            {prem.length > 0 && (
                              <div className="tree-group">
                                <h3 className="tree-label">{t('dash.premises')}</h3>
                                <ul>
                                  {prem.map((p) => (
                                    <li key={p.id}>
                                      {p.name}{' '}
                                      <span className="muted">
                                        · {t(`kind.premises.${p.kind}`)}
                                      </span>
                                      {p.shared && (
                                        <span className="muted"> · {t('dash.shared')}</span>
                                      )}
                                    </li>
                                  ))}
                                </ul>
                              </div>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
