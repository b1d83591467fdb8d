/**
 * The exhaustive check of a switch over a union: if a case is missing, `value` is not `never`
 * and the call does not compile; at run time (data from elsewhere) it throws.
 */
export function unreachable(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
