/**
 * Kobalte's tooltip and popover, loaded the first time someone points at, presses or focuses a
 * control that opens one, not with the board: the board's first paint waits for none of their
 * code (floating-ui, focus scopes, dismissable layers: ~17 KB gzip), and by the time a tooltip's
 * delay has passed or a click has landed they are there. Until then the controls are plain
 * look-alikes of themselves (`Hint`, `PopoverButton`).
 */
import type { Popover } from '@kobalte/core/popover';
import type { Tooltip } from '@kobalte/core/tooltip';
import { createSignal } from 'solid-js';

export interface Popups {
  Tooltip: typeof Tooltip;
  Popover: typeof Popover;
}

const [loaded, setLoaded] = createSignal<Popups>();
let loading: Promise<void> | undefined;

/** The primitives once loaded; undefined before. */
export const popups = loaded;

/** Starts loading them (once; later calls do nothing). */
export function requestPopups(): void {
  loading ??= Promise.all([import('@kobalte/core/tooltip'), import('@kobalte/core/popover')]).then(
    ([tooltip, popover]) => void setLoaded({ Tooltip: tooltip.Tooltip, Popover: popover.Popover }),
    // A chunk that failed to arrive (a deploy replaced it, the network dropped) may be asked for again.
    () => {
      loading = undefined;
    },
  );
}
