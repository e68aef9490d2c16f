import { describe, expect, it } from 'vitest';
import { hintForRejectedValue } from '../../../../src/lib/content/problem-hints.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

describe('hints for the values people most often write in the wrong shape', () => {
  it('tells someone who wrote "present" as an end date to leave it out', () => {
    for (const word of ['present', 'Present', 'now', 'current', 'heute']) expect(hintForRejectedValue(['end'], word)).toBe('leave "end" out while it is current');
    expect(hintForRejectedValue(['start'], 'present')).toBeUndefined();
    expect(hintForRejectedValue(['end'], 'June 2020')).toBeUndefined();
  });

  it('moves a unit written into a measured number to the unit field', () => {
    expect(hintForRejectedValue(['impact', 0, 'from'], '84%')).toBe('write from: 84 and put the unit in its own field: unit: "%"');
    expect(hintForRejectedValue(['impact', 1, 'to'], '1.2 s')).toBe('write to: 1.2 and put the unit in its own field: unit: "s"');
    expect(hintForRejectedValue(['impact', 0, 'to'], '1,200 ms')).toBe('write to: 1200 and put the unit in its own field: unit: "ms"');
    expect(hintForRejectedValue(['impact', 0, 'to'], '€300')).toBe('write to: 300 and put the unit in its own field: unit: "€"');
    expect(hintForRejectedValue(['impact', 0, 'to'], '90')).toBe('write the number without quotes: to: 90');
    expect(hintForRejectedValue(['impact', 0, 'to'], 'ninety')).toBeUndefined();
  });

  it('reaches the line npm run check prints', () => {
    const files = minimalContent();
    files['roles/acme.mdx'] = mdx('organisation: Acme Corp\ntitle: Senior Engineer\nstart: "2020-01"\nend: present\nsummary: Led the platform team.');
    const folder = writeContentFolder(files);
    const lines = loadContent(folder).problems.map(formatProblem).map((line) => line.split(`${folder}/`).join(''));
    expect(lines).toContain('roles/acme.mdx:5  end  not a real date: use YYYY-MM-DD or YYYY-MM; received "present"  (leave "end" out while it is current)');
  });
});
