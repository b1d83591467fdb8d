/** The "Close" button at the foot of a native `<dialog>`: a dialog form closes it without script. */
import { useI18n } from '../i18n/I18nProvider';

export function DialogCloseButton() {
  const { t } = useI18n();
  return (
    <form method="dialog">
      <button type="submit" class="button primary">
        {t('common.close')}
      </button>
    </form>
  );
}
