// First of all: schemas built by any later import must see it (see zodConfig.ts).
import './zodConfig';
import { render } from 'solid-js/web';
import { App } from './App';
import { I18nProvider, initialLocale, loadDictionary } from './i18n/I18nProvider';
import './tokens.css';
import './styles.css';

await loadDictionary(initialLocale());
render(
  () => (
    <I18nProvider>
      <App />
    </I18nProvider>
  ),
  document.getElementById('root')!,
);
