import { describe, expect, it } from 'vitest';
import { LetterSchema } from '../../../src/schemas/letter.ts';

const valid = { addressee: { name: 'Grace Hopper' }, company: 'Globex', role: 'Platform Engineer', resume: 'general', date: '2026-03-05' };
const messagesOf = (value: unknown) => LetterSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('LetterSchema', () => {
  it('is private by default and leaves greeting and closing to the renderer', () => {
    const letter = LetterSchema.parse(valid);
    expect(letter.visibility).toBe('private');
    expect(letter.greeting).toBeUndefined();
    expect(letter.closing).toBeUndefined();
  });

  it('keeps the date as written and turns a YAML date back into text', () => {
    expect(LetterSchema.parse({ ...valid, date: new Date(Date.UTC(2026, 2, 5)) }).date).toBe('2026-03-05');
  });

  it('asks for a whole day, a real one', () => {
    expect(messagesOf({ ...valid, date: '2026-03' })).toEqual(['date: needs at least a day: use YYYY-MM-DD, e.g. 2024-03-05']);
    expect(messagesOf({ ...valid, date: '2026-02-30' })).toEqual(['date: not a real date: use YYYY-MM-DD']);
  });

  it('needs the addressee’s name, the company, the role and the resume it goes with', () => {
    expect(messagesOf({ date: '2026-03-05' }).map((message) => message.split(':')[0])).toEqual(['addressee', 'company', 'role', 'resume']);
    expect(messagesOf({ ...valid, addressee: { title: 'CTO' } })[0]).toMatch(/^addressee\.name: /);
  });

  it('refuses a resume reference that is not an id, and fields it does not know', () => {
    expect(messagesOf({ ...valid, resume: 'Platform Lead' })).toEqual(['resume: must be lowercase letters, digits and hyphens, e.g. acme-platform']);
    expect(LetterSchema.safeParse({ ...valid, subject: 'Hello' }).success).toBe(false);
  });
});
