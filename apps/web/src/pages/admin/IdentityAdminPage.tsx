import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import { ErrorBox, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';
import { ORGS } from './identity.ts';
import { LocalPasswords } from './LocalPasswordsCard.tsx';
import { Providers } from './ProvidersCard.tsx';
import { ScimTokens } from './ScimTokensCard.tsx';

/** Single sign-on providers, local passwords per organization and SCIM tokens (system administrators). */
export function IdentityAdminPage() {
  const { t } = useI18n();
  const me = useMe();
  const orgs = useQuery({
    queryKey: ORGS,
    queryFn: () => api.get<ApiBody<'/api/sso/organizations'>>('/api/sso/organizations'),
    enabled: me.isSystemAdmin,
  });
  if (!me.isSystemAdmin) return <p className="empty">{t('admin.onlyAdmins')}</p>;
  return (
    <>
      <div className="page-head">
        <h1>{t('admin.title')}</h1>
      </div>
      {orgs.isPending ? (
        <Loading />
      ) : orgs.error ? (
        <ErrorBox error={orgs.error} />
      ) : (
        <>
          <Providers orgs={orgs.data.items} />
          <LocalPasswords orgs={orgs.data.items} />
          <ScimTokens orgs={orgs.data.items} />
        </>
      )}
    </>
  );
}
