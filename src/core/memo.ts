/**
 * Remembering the last result of a pure function, so work is done again only when its
 * inputs change. Inputs compare by identity, except arrays and plain objects, which compare
 * one level deep (an id list parsed afresh from an unchanged attribute is the same list).
 */

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
  }
  if (isPlain(a) && isPlain(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
  }
  return false;
}

/** `fn`, remembering its last inputs and result. */
export function memoizeLast<Args extends readonly unknown[], Result>(
  fn: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (
      last &&
      last.args.length === args.length &&
      args.every((arg, index) => same(arg, last?.args[index]))
    ) {
      return last.result;
    }
    last = { args, result: fn(...args) };
    return last.result;
  };
}
