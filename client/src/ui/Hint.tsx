/**
 * A tooltip naming a control and, when it has one, its keyboard shortcut. It opens on hover
 * after a short delay and at once on keyboard focus of the control inside (the wrapper hears
 * focusin, which the control's own focus does not bubble as). The tooltip's code loads at the
 * first hover or focus (ui/popups.ts); the control itself is there from the start, and the same
 * element carries on inside the tooltip's trigger once it has loaded.
 */
import { children, createSignal, type JSX, onCleanup, Show } from 'solid-js';
import { popups, requestPopups } from './popups';

const OPEN_DELAY_MS = 500;

export function Hint(props: { label: string; keys?: string; placement?: 'top' | 'bottom' | 'left' | 'right'; children: JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  const control = children(() => props.children);
  // Where the pointer or focus already is when the tooltip arrives: it opens as if it had been there.
  let hovered = false;
  let focused = false;
  return (
    <Show
      when={popups()}
      fallback={
        <span
          class="hint"
          onPointerEnter={() => {
            hovered = true;
            requestPopups();
          }}
          onPointerLeave={() => (hovered = false)}
          onFocusIn={() => {
            focused = true;
            requestPopups();
          }}
          onFocusOut={() => (focused = false)}
        >
          {control()}
        </span>
      }
    >
      {(loaded) => {
        const { Tooltip } = loaded();
        const active = document.activeElement;
        if (focused) queueMicrotask(() => (active instanceof HTMLElement ? active.focus() : setOpen(true)));
        let timer: ReturnType<typeof setTimeout> | undefined;
        if (!focused && hovered) timer = setTimeout(() => setOpen(true), OPEN_DELAY_MS);
        onCleanup(() => clearTimeout(timer));
        return (
          <Tooltip open={open()} onOpenChange={setOpen} openDelay={OPEN_DELAY_MS} closeDelay={0} placement={props.placement ?? 'bottom'} gutter={6}>
            <Tooltip.Trigger
              as="span"
              class="hint"
              onFocusIn={() => setOpen(true)}
              onFocusOut={() => setOpen(false)}
              onPointerLeave={() => clearTimeout(timer)}
            >
              {control()}
            </Tooltip.Trigger>
            <Tooltip.Portal>
              <Tooltip.Content class="tooltip">
                {props.label}
                <Show when={props.keys}>
                  <kbd>{props.keys}</kbd>
                </Show>
              </Tooltip.Content>
            </Tooltip.Portal>
          </Tooltip>
        );
      }}
    </Show>
  );
}
