/**
 * The only place that decides whether a practice-supplied URL may become a link, and the
 * only place that builds `tel:`, `mailto:` and `sms:` links.
 */

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** A base no real link can point to, so a relative URL that leaves it is caught. */
const BASE = 'https://relative.invalid';

/**
 * Returns the URL, trimmed, when it is `http:`, `https:` or relative; otherwise `undefined`.
 * The URL parser decides the scheme, so tricks such as `java\tscript:` or leading control
 * characters are judged exactly as a browser would follow them. Relative means a path on the
 * same site: `//other.example`, `\\other.example` and `/\other.example` name another host,
 * and are refused.
 */
export function safeUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '' || value.length > 2048) return undefined;
  const absolute = parses(value);
  if (!absolute && !parses(value, `${BASE}/`)) return undefined;
  const parsed = absolute ? new URL(value) : new URL(value, `${BASE}/`);
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return undefined;
  // The parser drops tabs and newlines and reads "\\" as "/", so judge what it judged.
  const cleaned = value.replace(/[\t\n\r]/g, '');
  if (!absolute && (parsed.origin !== BASE || /^[\\/]{2}/.test(cleaned))) return undefined;
  return value;
}

/**
 * Whether the URL parser takes `url`, without a throw: the page's first thrown error costs
 * a few milliseconds (Chromium), and a relative link is the common case on first render.
 */
function parses(url: string, base?: string): boolean {
  if (typeof URL.canParse === 'function') return URL.canParse(url, base);
  try {
    new URL(url, base);
    return true;
  } catch {
    return false;
  }
}

/** Digits and a leading plus, the only characters a `tel:` or `sms:` link needs. */
function dialable(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? `+${digits.slice(1).replace(/\+/g, '')}` : digits.replace(/\+/g, '');
}

export function telHref(phone: string): string {
  return `tel:${dialable(phone)}`;
}

/** An `sms:` link, with an optional first word for services that ask for one. */
export function smsHref(phone: string, body?: string): string {
  const to = dialable(phone);
  return body ? `sms:${to}?body=${encodeURIComponent(body)}` : `sms:${to}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}`;
}
