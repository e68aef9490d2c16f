import { describe, expect, it } from 'vitest';
import { forEachAt, localizedFields, mapAt } from '../../../../src/lib/content/localized-fields.ts';

describe('localizedFields', () => {
  it('reads the per-language fields off the schemas, nested list items included', () => {
    expect(localizedFields('accomplishments')).toEqual([['title'], ['bullet'], ['impact', '*', 'label']]);
    expect(localizedFields('profile')).toEqual([['headline'], ['valueProposition'], ['location']]);
    expect(localizedFields('resumes')).toEqual([['title'], ['targetRole'], ['headline']]);
  });

  it('keeps ids, dates, addresses and private collections out', () => {
    const all = (['roles', 'skills', 'education', 'learning', 'pitches'] as const).flatMap((name) => localizedFields(name).map((field) => field.join('.')));
    for (const field of ['organisation', 'start', 'end', 'organisationUrl', 'credentialUrl', 'level', 'keywords', 'visibility', 'duration']) expect(all).not.toContain(field);
    expect(localizedFields('goals')).toEqual([]);
    expect(localizedFields('network')).toEqual([]);
  });
});

describe('forEachAt and mapAt', () => {
  const data = { title: 'A', impact: [{ label: 'x', to: 1 }, { to: 2 }] };

  it('visit only the values present, with their concrete paths', () => {
    const seen: string[] = [];
    forEachAt(data, ['impact', '*', 'label'], (value, at) => seen.push(`${at.join('.')}=${String(value)}`));
    expect(seen).toEqual(['impact.0.label=x']);
  });

  it('replace values in a copy and leave the original untouched', () => {
    const copy = mapAt(data, ['impact', '*', 'label'], (value) => String(value).toUpperCase()) as typeof data;
    expect(copy.impact[0]!.label).toBe('X');
    expect(data.impact[0]!.label).toBe('x');
    expect(copy.impact[1]).toBe(data.impact[1]);
  });
});
