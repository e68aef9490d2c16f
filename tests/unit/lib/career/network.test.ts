import { describe, expect, it } from 'vitest';
import { entryIdFrom } from '../../../../src/lib/content/slug.ts';
import { recordContact } from '../../../../src/lib/career/contact-log.ts';
import { findContact, overdueContacts } from '../../../../src/lib/career/network.ts';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';
import { careerContent } from './fixture.ts';

const { content } = careerContent();

describe('overdueContacts', () => {
  it('lists contacts past their cadence on the day given, counting from the day met when there was no contact', () => {
    expect(overdueContacts(content.network, '2026-04-30').map((contact) => [contact.id, contact.daysOverdue])).toEqual([['cara-ng', 89], ['ana-lima', 0]]);
    expect(overdueContacts(content.network, '2026-04-29').map((contact) => contact.id)).toEqual(['cara-ng']);
  });

  it('puts people with no date at all first', () => {
    const stranger = { id: 'dee', data: { name: 'Dee', cadence: 90, circles: [], caresAbout: [], helpedThem: [], helpedMe: [] } };
    expect(overdueContacts([...content.network, stranger], '2026-06-30').map((contact) => [contact.id, contact.dueOn ?? null])).toEqual([
      ['dee', null],
      ['cara-ng', '2026-01-31'],
      ['ana-lima', '2026-04-30'],
    ]);
  });
});

describe('findContact', () => {
  it('finds a person by id, full name in any case, name as id, or a unique first name', () => {
    expect(findContact(content.network, 'ana-lima', entryIdFrom)?.id).toBe('ana-lima');
    expect(findContact(content.network, 'ANA LIMA', entryIdFrom)?.id).toBe('ana-lima');
    expect(findContact(content.network, 'Ben', entryIdFrom)?.id).toBe('ben-okoro');
    expect(findContact(content.network, 'Dan', entryIdFrom)).toBeUndefined();
  });
});

describe('recordContact', () => {
  const file = `---
name: Ana Lima   # met at the workshop
circles: [speakers, lisbon]
lastContact: "2026-03-01"
---

Notes.

## Contact log

- **2026-03-01**: Coffee.

## Ideas

- Ask about the cycling club.
`;

  it('adds the note under the contact log and moves lastContact forward, keeping the rest as written', () => {
    const result = recordContact(file, '2026-06-30', 'Sent the <SLO> {draft}');
    expect(result).toEqual({
      ok: true,
      text: `---
name: Ana Lima # met at the workshop
circles: [speakers, lisbon]
lastContact: "2026-06-30"
---

Notes.

## Contact log

- **2026-03-01**: Coffee.
- **2026-06-30**: Sent the &lt;SLO> &#123;draft&#125;

## Ideas

- Ask about the cycling club.
`,
    });
  });

  it('keeps a later lastContact when an older contact is recorded, and files the older one in date order', () => {
    const result = recordContact(file, '2026-01-15', 'Old call');
    expect(result.ok && parseContentFile(result.text).data['lastContact']).toBe('2026-03-01');
    expect(result.ok && result.text).toContain('## Contact log\n\n- **2026-01-15**: Old call\n- **2026-03-01**: Coffee.\n\n## Ideas');
  });

  it('puts a second contact of the same day after the first', () => {
    const result = recordContact(file, '2026-03-01', 'Lunch too');
    expect(result.ok && result.text).toContain('- **2026-03-01**: Coffee.\n- **2026-03-01**: Lunch too\n\n## Ideas');
  });

  it('starts a contact log in a file that has none', () => {
    expect(recordContact('---\nname: Ben\n---\n', '2026-06-30', 'Hello')).toEqual({ ok: true, text: '---\nname: Ben\nlastContact: "2026-06-30"\n---\n\n## Contact log\n\n- **2026-06-30**: Hello\n' });
  });

  it('refuses a file without frontmatter', () => {
    expect(recordContact('just notes', '2026-06-30', 'Hi')).toEqual({ ok: false, reason: 'has no frontmatter between --- lines' });
  });
});
