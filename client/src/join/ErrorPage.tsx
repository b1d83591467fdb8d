/** A clear page for a link that cannot work: what happened and what to do. */
import { useI18n } from '../i18n/I18nProvider';
import { TopBar } from '../ui/TopBar';

export type JoinErrorCode = 'no-token' | 'forbidden' | 'not-found' | 'network' | 'generic';

const TEXT: Record<JoinErrorCode, [string, string]> = {
  'no-token': ['errors.noToken', 'errors.noTokenHint'],
  forbidden: ['errors.forbidden', 'errors.forbiddenHint'],
  'not-found': ['errors.notFound', 'errors.notFoundHint'],
  network: ['errors.network', 'errors.networkHint'],
  generic: ['errors.generic', 'errors.networkHint'],
};

export function ErrorPage(props: { code: JoinErrorCode; onRetry?: () => void }) {
  const { t } = useI18n();
  const text = () => TEXT[props.code];
  return (
    <div class="page error-page">
      <TopBar />
      <main class="card-panel" role="alert" data-error={props.code}>
        <h1>{t(text()[0] as 'errors.generic')}</h1>
        <p>{t(text()[1] as 'errors.generic')}</p>
        <div class="row">
          {props.onRetry && (
            <button class="button secondary" type="button" onClick={() => props.onRetry?.()}>
              {t('common.retry')}
            </button>
          )}
          <a class="button primary" href="/">
            {t('errors.home')}
          </a>
        </div>
      </main>
    </div>
  );
}
