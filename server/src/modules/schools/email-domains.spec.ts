import { domainAllowed, emailDomainOf, normalizeEmailDomain } from './email-domains';

describe('email domains', () => {
  it('normalises case, "@", a trailing dot and international names (punycode)', () => {
    expect(normalizeEmailDomain(' @Example.ORG. ')).toBe('example.org');
    expect(normalizeEmailDomain('schüle.de')).toBe('xn--schle-mva.de');
    expect(normalizeEmailDomain('xn--schle-mva.de')).toBe('xn--schle-mva.de');
  });

  it('refuses what is not a domain', () => {
    for (const bad of [
      '',
      'localhost',
      'exa mple.org',
      'example.org/x',
      'a@b.org',
      'example.org:80',
      '-a.org',
      '.',
    ])
      expect(normalizeEmailDomain(bad)).toBeNull();
  });

  it('allows a domain and its subdomains, never a lookalike', () => {
    const allowed = ['example.org'];
    expect(domainAllowed('example.org', allowed)).toBe(true);
    expect(domainAllowed('pupils.example.org', allowed)).toBe(true);
    expect(domainAllowed('badexample.org', allowed)).toBe(false);
    expect(domainAllowed('example.org.evil.com', allowed)).toBe(false);
    expect(emailDomainOf('Ada@Pupils.Example.org')).toBe('pupils.example.org');
  });
});
