import { afterEach, describe, expect, it } from 'vitest';
import { publishedBasePath, publishedSiteUrl } from '../../../../src/lib/content/site-settings.ts';
import { minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const withSite = (site: string) => writeContentFolder({ 'profile.mdx': minimalContent()['profile.mdx']!.replace('site: https://ada.example', `site: ${site}`) });

describe('site settings', () => {
  afterEach(() => {
    delete process.env['SITE_URL'];
    delete process.env['BASE_PATH'];
  });

  it('takes the address from the profile', () => {
    expect(publishedSiteUrl(withSite('https://ada.example'))).toBe('https://ada.example');
    expect(publishedBasePath(withSite('https://ada.example'))).toBe('/');
  });

  it('takes the base path from a project-site address', () => {
    expect(publishedBasePath(withSite('https://ada.github.io/portfolio/'))).toBe('/portfolio/');
  });

  it('lets the environment override both', () => {
    process.env['SITE_URL'] = 'https://preview.example';
    process.env['BASE_PATH'] = 'docs';
    expect(publishedSiteUrl(withSite('https://ada.example'))).toBe('https://preview.example');
    expect(publishedBasePath(withSite('https://ada.example'))).toBe('/docs/');
  });
});
