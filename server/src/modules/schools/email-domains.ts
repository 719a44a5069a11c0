import { badInput } from '../../errors/app-error';

/**
 * Email domains as a school writes them ("@Example.org", "schüle.de", " pupils.example.org. ")
 * in one form: lower case, punycode, no "@" or trailing dot. Null when it is not a domain.
 */
export function normalizeEmailDomain(input: string): string | null {
  const trimmed = input.trim().replace(/^@+/, '').replace(/\.+$/, '');
  if (!trimmed || trimmed.length > 253 || /[\s/:?#@\\[\]%]/.test(trimmed)) return null;
  let ascii: string;
  try {
    // The URL parser turns an international domain into punycode, in browsers and in Node alike.
    ascii = new URL(`http://${trimmed.toLowerCase()}`).hostname;
  } catch {
    return null;
  }
  const labels = ascii.split('.');
  if (labels.length < 2) return null;
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  return labels.every((part) => label.test(part)) ? ascii : null;
}

/** The domain of an email address, normalised; null when the address has none. */
export function emailDomainOf(email: string): string | null {
  const at = email.lastIndexOf('@');
  return at < 0 ? null : normalizeEmailDomain(email.slice(at + 1));
}

/** Whether `domain` is one of `allowed` or a subdomain of one (pupils.example.org under example.org). */
export function domainAllowed(domain: string, allowed: readonly string[]): boolean {
  return allowed.some((rule) => domain === rule || domain.endsWith(`.${rule}`));
}

/** Domains as typed, in one form; refuses the first that is not a domain, naming `field`. */
export function normalizeDomains(domains: readonly string[], field: string): string[] {
  const normalized = domains.map((domain) => {
    const one = normalizeEmailDomain(domain);
    if (!one)
      throw badInput(field, `"${domain.slice(0, 100)}" is not an email domain, like example.org`);
    return one;
  });
  return [...new Set(normalized)];
}
