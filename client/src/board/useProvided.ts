/** Reading a board context that must be there: each board primitive's hook goes through this. */
import { type Context, useContext } from 'solid-js';

/** The context's value; a component rendered outside `provider` is a bug, reported by name. */
export function useProvided<T>(context: Context<T | undefined>, provider: string): T {
  const value = useContext(context);
  if (value === undefined) throw new Error(`Rendered outside ${provider}`);
  return value;
}
