/**
 * A button that opens a titled popover (Kobalte's). The popover's code loads when someone first
 * points at, presses or focuses the button (ui/popups.ts); a click or Enter before it has
 * arrived opens the popover as soon as it has, and the button keeps its focus across.
 */
import type { PopoverRootOptions } from '@kobalte/core/popover';
import { children, createSignal, type JSX, Show } from 'solid-js';
import { popups, requestPopups } from './popups';

export function PopoverButton(props: {
  /** The button's class, state classes and accessible name (when its content is not one). */
  class: string;
  classList?: Record<string, boolean>;
  label?: string;
  /** What the button shows. */
  face: JSX.Element;
  /** The popover's title and class. */
  title: string;
  popoverClass: string;
  placement: PopoverRootOptions['placement'];
  children: JSX.Element;
}) {
  const face = children(() => props.face);
  const [openOnArrival, setOpenOnArrival] = createSignal(false);
  let standIn: HTMLButtonElement | undefined;
  return (
    <Show
      when={popups()}
      fallback={
        <button
          ref={standIn}
          type="button"
          class={props.class}
          classList={props.classList}
          aria-label={props.label}
          aria-haspopup="dialog"
          aria-expanded="false"
          onPointerEnter={requestPopups}
          onPointerDown={requestPopups}
          onFocus={requestPopups}
          onClick={() => {
            setOpenOnArrival(true);
            requestPopups();
          }}
        >
          {face()}
        </button>
      }
    >
      {(loaded) => {
        const { Popover } = loaded();
        const hadFocus = standIn !== undefined && document.activeElement === standIn;
        return (
          <Popover defaultOpen={openOnArrival()} placement={props.placement} gutter={6}>
            <Popover.Trigger
              ref={(button: HTMLButtonElement) => hadFocus && !openOnArrival() && queueMicrotask(() => button.focus())}
              class={props.class}
              classList={props.classList}
              aria-label={props.label}
            >
              {face()}
            </Popover.Trigger>
            <Popover.Portal>
              <Popover.Content class={`popover ${props.popoverClass}`}>
                <Popover.Title class="popover-title">{props.title}</Popover.Title>
                {props.children}
              </Popover.Content>
            </Popover.Portal>
          </Popover>
        );
      }}
    </Show>
  );
}
