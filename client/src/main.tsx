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

// Zod's English messages only word what someone typed, pasted or picked: they load at the first
// such input, not with the board.
const loadMessages = () => {
  for (const type of ['keydown', 'pointerdown', 'paste'] as const) removeEventListener(type, loadMessages, true);
  void import('../../shared/board/schema/englishMessages');
};
for (const type of ['keydown', 'pointerdown', 'paste'] as const) addEventListener(type, loadMessages, { capture: true, passive: true });
