/** The operator token, asked for in a password field; the console keeps it for this tab only. */
import { KeyRound } from 'lucide-solid';
import { createSignal, Show } from 'solid-js';
import { useAdminI18n } from './useAdminI18n';

export function SignInForm(props: { wrongToken: boolean; busy: boolean; onSubmit: (token: string) => void }) {
  const { t } = useAdminI18n();
  const [token, setToken] = createSignal('');
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (token().trim()) props.onSubmit(token());
  };
  return (
    <form class="card-panel admin-sign-in" aria-labelledby="admin-sign-in-title" onSubmit={submit}>
      <h1 id="admin-sign-in-title">
        <KeyRound size="1em" class="glyph" aria-hidden="true" /> {t('admin.signInTitle')}
      </h1>
      <p class="muted">{t('admin.signInHint')}</p>
      <Show when={props.wrongToken}>
        <p class="error" role="alert">
          {t('admin.wrongToken')}
        </p>
      </Show>
      <label>
        {t('admin.tokenLabel')}
        {/* A password manager may keep it; the page itself keeps it only in sessionStorage. */}
        <input
          type="password"
          name="admin-token"
          autocomplete="current-password"
          required
          value={token()}
          aria-invalid={props.wrongToken}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
      </label>
      <div class="row">
        <button type="submit" class="button primary" disabled={props.busy || token().trim() === ''}>
          {props.busy ? t('admin.signingIn') : t('admin.signIn')}
        </button>
      </div>
    </form>
  );
}
