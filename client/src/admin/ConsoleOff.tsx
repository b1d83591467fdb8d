/** What `/admin` shows on a server started without an operator token, and how to turn it on. */
import { ShieldOff } from 'lucide-solid';
import { useAdminI18n } from './useAdminI18n';

export function ConsoleOff() {
  const { t } = useAdminI18n();
  return (
    <section class="card-panel admin-off" aria-labelledby="admin-off-title" data-console="off">
      <h1 id="admin-off-title">
        <ShieldOff size="1em" class="glyph" aria-hidden="true" /> {t('admin.offTitle')}
      </h1>
      <p>{t('admin.offHint')}</p>
      <p>{t('admin.offHow')}</p>
      <pre class="admin-command">
        <code>npm start -- --admin-token &lt;token&gt;</code>
      </pre>
      <p class="muted">{t('admin.offEnv')}</p>
    </section>
  );
}
