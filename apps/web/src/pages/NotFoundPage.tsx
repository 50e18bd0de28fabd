import { Link } from 'react-router';
import { useT } from '../i18n/index.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <section className="card">
      <h1>{t('common.notFound')}</h1>
      <p>
        <Link to="/">{t('common.backHome')}</Link>
      </p>
    </section>
  );
}
