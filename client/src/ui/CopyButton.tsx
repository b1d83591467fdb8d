import { createSignal } from 'solid-js';
import { useI18n } from '../i18n/I18nProvider';

/** Copies text to the clipboard and says so for a moment. */
export function CopyButton(props: { text: string; label: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.text);
    } catch {
      // Clipboard blocked (http, permissions): select-and-copy by hand still works.
      return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <button type="button" class="button secondary" aria-label={props.label} onClick={copy}>
      {copied() ? t('common.copied') : t('common.copy')}
    </button>
  );
}
