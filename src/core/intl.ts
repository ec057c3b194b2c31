/**
 * `Intl` formatters, made lazily and once per locale and options: the first one of a kind
 * costs milliseconds (tens at 4× CPU throttling), so nothing on the first-render path should
 * make one unless a value it shows needs it. Call these where the value is formatted, not at
 * module load.
 */

const made = new Map<string, unknown>();

function once<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

/** The one `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return once('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** The one `Intl.ListFormat` for this locale and these options. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
  return once('list', locale, options, () => new Intl.ListFormat(locale, options));
}

/** The one `Intl.DisplayNames` for this locale and these options (`type` is required). */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return once('names', locale, options, () => new Intl.DisplayNames(locale, options));
}
