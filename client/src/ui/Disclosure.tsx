/**
 * A panel that drops down from its button and keeps what was typed in it while closed (a
 * `<details>`, so nothing is unmounted): a click elsewhere or Escape closes it, as a popover does,
 * and it opens shifted as far as it takes to stay on the screen, wherever its button sits.
 */
import { type JSX, onCleanup, onMount } from 'solid-js';

/** Space kept between an opened panel and the edge of the screen (px). */
const EDGE = 8;

export function Disclosure(props: { summary: JSX.Element; class?: string; children: JSX.Element }) {
  let details!: HTMLDetailsElement;
  let panel!: HTMLDivElement;
  const keepOnScreen = () => {
    panel.style.translate = '';
    if (!details.open) return;
    const { left, right } = panel.getBoundingClientRect();
    const overflow = right - (document.documentElement.clientWidth - EDGE);
    const shift = overflow > 0 ? Math.max(-overflow, EDGE - left) : Math.max(0, EDGE - left);
    if (shift !== 0) panel.style.translate = `${shift}px 0`;
  };
  onMount(() => {
    const outside = (event: PointerEvent) => {
      // A portal (a menu, a tooltip) opened from inside belongs to the panel too.
      if (
        details.open &&
        event.target instanceof Node &&
        !details.contains(event.target) &&
        !(event.target as Element).closest?.('[data-kb-top-layer], [role="menu"], [role="listbox"]')
      )
        details.open = false;
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && details.open && details.contains(document.activeElement)) {
        details.open = false;
        details.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('pointerdown', outside, true);
    details.addEventListener('keydown', onEscape);
    details.addEventListener('toggle', keepOnScreen);
    onCleanup(() => document.removeEventListener('pointerdown', outside, true));
  });
  return (
    <details ref={details} class={`disclosure ${props.class ?? ''}`}>
      <summary class="button secondary">{props.summary}</summary>
      <div ref={panel} class="disclosure-panel">
        {props.children}
      </div>
    </details>
  );
}
