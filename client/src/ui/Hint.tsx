/**
 * A tooltip naming a control and, when it has one, its keyboard shortcut. It opens on hover
 * after a short delay and at once on keyboard focus of the control inside (the wrapper hears
 * focusin, which the control's own focus does not bubble as).
 */
import { Tooltip } from '@kobalte/core/tooltip';
import { createSignal, type JSX, Show } from 'solid-js';

export function Hint(props: { label: string; keys?: string; placement?: 'top' | 'bottom' | 'left' | 'right'; children: JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  return (
    <Tooltip open={open()} onOpenChange={setOpen} openDelay={500} closeDelay={0} placement={props.placement ?? 'bottom'} gutter={6}>
      <Tooltip.Trigger as="span" class="hint" onFocusIn={() => setOpen(true)} onFocusOut={() => setOpen(false)}>
        {props.children}
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
}
