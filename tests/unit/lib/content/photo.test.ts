import { describe, expect, it } from 'vitest';
import { absolutePhotoUrl, photoOrigin, photoSource } from '../../../../src/lib/content/photo.ts';

describe('the profile photo', () => {
  it('is a full address away from the site, for vCards and JSON Resume', () => {
    expect(absolutePhotoUrl('/photo.jpg', 'https://you.github.io/portfolio/')).toBe('https://you.github.io/portfolio/photo.jpg');
    expect(absolutePhotoUrl('/photo.jpg', 'https://you.github.io/portfolio')).toBe('https://you.github.io/portfolio/photo.jpg');
    expect(absolutePhotoUrl('https://images.example/me.jpg', 'https://you.example/')).toBe('https://images.example/me.jpg');
  });

  it('is loaded under the base path on the site’s own pages', () => {
    expect(photoSource('/photo.jpg', '/')).toBe('/photo.jpg');
    expect(photoSource('photo.jpg', '/portfolio/')).toBe('/portfolio/photo.jpg');
    expect(photoSource('https://images.example/me.jpg', '/portfolio/')).toBe('https://images.example/me.jpg');
  });

  it('names the other site the Content-Security-Policy must allow, and none for the site’s own file', () => {
    expect(photoOrigin('https://images.example/people/me.jpg?size=2')).toBe('https://images.example');
    expect(photoOrigin('/photo.jpg')).toBeUndefined();
    expect(photoOrigin(undefined)).toBeUndefined();
  });
});
