/**
 * A panel that drops down from its button and keeps what was typed in it while closed (a
 * `<details>`, so nothing is unmounted): a click elsewhere or Escape closes it, as a popover does.
 */
import { type JSX, onCleanup, onMount } from 'solid-js';

export function Disclosure(props: { summary: JSX.Element; class?: string; open?: boolean; align?: 'start' | 'end'; children: JSX.Element }) {
  let details!: HTMLDetailsElement;
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
    onCleanup(() => document.removeEventListener('pointerdown', outside, true));
  });
  return (
    <details ref={details} class={`disclosure ${props.class ?? ''}`} data-align={props.align ?? 'start'} open={props.open || undefined}>
      <summary class="button secondary">{props.summary}</summary>
      <div class="disclosure-panel">{props.children}</div>
    </details>
  );
}
