import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { forEachAt, freeTextFields, freeTextFieldsOf, localizedFields, mapAt } from '../../../../src/lib/content/schema-fields.ts';
import { EntryIdSchema, VisibilitySchema, calendarDate, localized, vocabulary } from '../../../../src/schemas/common.ts';

describe('localizedFields', () => {
  it('reads the per-language fields off the schemas, nested list items included', () => {
    expect(localizedFields('accomplishments')).toEqual([['title'], ['bullet'], ['impact', '*', 'label'], ['impact', '*', 'unit']]);
    expect(localizedFields('profile')).toEqual([['headline'], ['valueProposition'], ['location'], ['spokenLanguages', '*', 'language'], ['spokenLanguages', '*', 'fluency'], ['interests', '*', 'name']]);
    expect(localizedFields('resumes')).toEqual([['title'], ['targetRole'], ['headline']]);
  });

  it('keeps ids, dates, addresses and private collections out', () => {
    const all = (['roles', 'skills', 'education', 'learning', 'pitches'] as const).flatMap((name) => localizedFields(name).map((field) => field.join('.')));
    for (const field of ['organisation', 'start', 'end', 'organisationUrl', 'credentialUrl', 'level', 'keywords', 'visibility', 'duration']) expect(all).not.toContain(field);
    expect(localizedFields('goals')).toEqual([]);
    expect(localizedFields('network')).toEqual([]);
  });
});

describe('freeTextFields', () => {
  it('reads the fields the privacy guard looks for off the schemas: every text, localized or not', () => {
    expect(freeTextFields('accomplishments')).toEqual([['title'], ['bullet'], ['impact', '*', 'label'], ['links', '*', 'label'], ['links', '*', 'url']]);
    expect(freeTextFields('interviews')).toEqual([['company'], ['position'], ['questions', '*'], ['wentWell', '*'], ['doDifferently', '*']]);
  });

  it('leaves out what the schemas mark as vocabulary: ids, dates, shared labels, enumerations and numbers', () => {
    const fields = (name: Parameters<typeof freeTextFields>[0]) => freeTextFields(name).map((field) => field.join('.'));
    expect(fields('accomplishments')).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(role|skills\.\*|tags\.\*|date|impact\.\*\.unit|visibility)$/)]));
    expect(fields('skills')).toEqual(['name', 'keywords.*']);
    expect(fields('resumes')).toEqual(['title', 'targetRole', 'headline']);
    expect(fields('goals')).toEqual(['title']);
    expect(fields('pitches')).not.toContain('card.qr');
  });

  it('looks for a letter’s role: the job applied for is free text, not the id of one of your roles', () => {
    expect(freeTextFields('letters').map((field) => field.join('.'))).toContain('role');
  });

  it('counts a new text field as free text without being told, so it cannot slip past the privacy guard', () => {
    const schema = z.object({
      secretNote: z.string(),
      perLanguage: localized(z.string()).optional(),
      nested: z.array(z.object({ whisper: z.string().trim() })),
      ref: EntryIdSchema,
      when: calendarDate('day'),
      visibility: VisibilitySchema,
      label: vocabulary(z.string()),
      count: z.number(),
    });
    expect(freeTextFieldsOf(schema)).toEqual([['secretNote'], ['perLanguage'], ['nested', '*', 'whisper']]);
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
