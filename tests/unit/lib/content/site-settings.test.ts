import { describe, expect, it } from 'vitest';
import { publishedBasePath, publishedSiteUrl } from '../../../../src/lib/content/site-settings.ts';

const withSite = (site: string) => ({ name: 'Ada', site });

describe('site settings', () => {
  it('takes the address from the profile', () => {
    expect(publishedSiteUrl(withSite('https://ada.example'))).toBe('https://ada.example');
    expect(publishedBasePath(withSite('https://ada.example'))).toBe('/');
  });

  it('takes the base path from a project-site address', () => {
    expect(publishedBasePath(withSite('https://ada.github.io/portfolio/'))).toBe('/portfolio/');
  });

  it('lets the site and base options override both', () => {
    const overrides = { site: 'https://preview.example', base: 'docs' };
    expect(publishedSiteUrl(withSite('https://ada.example'), overrides)).toBe('https://preview.example');
    expect(publishedBasePath(withSite('https://ada.example'), overrides)).toBe('/docs/');
  });

  it('falls back to a placeholder address without a usable profile site', () => {
    expect(publishedSiteUrl(undefined)).toBe('https://example.com');
    expect(publishedSiteUrl({ site: 'not an address' })).toBe('https://example.com');
    expect(publishedBasePath(undefined)).toBe('/');
  });
});
