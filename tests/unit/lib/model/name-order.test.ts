import { describe, expect, it } from 'vitest';
import { nameIn } from '../../../../src/lib/model/name-order.ts';

describe('nameIn', () => {
  it('puts the family name first in Japanese, Chinese and Korean documents when the profile gives the parts', () => {
    expect(nameIn('ja', 'Aiko Tanaka', { given: 'Aiko', family: 'Tanaka' })).toBe('Tanaka Aiko');
    expect(nameIn('ja', '田中愛子', { given: '愛子', family: '田中' })).toBe('田中 愛子');
    expect(nameIn('zh', 'Xiaoming Wang', { given: '小明', family: '王' })).toBe('王小明');
    expect(nameIn('zh-Hans', 'Xiaoming Wang', { given: 'Xiaoming', family: 'Wang' })).toBe('Wang Xiaoming');
    expect(nameIn('ko', 'Minji Kim', { given: '민지', family: '김' })).toBe('김민지');
  });

  it('prints the name as written in other languages, or without the parts', () => {
    expect(nameIn('en', 'Aiko Tanaka', { given: 'Aiko', family: 'Tanaka' })).toBe('Aiko Tanaka');
    expect(nameIn('de', 'Aiko Tanaka', { given: 'Aiko', family: 'Tanaka' })).toBe('Aiko Tanaka');
    expect(nameIn('ja', 'Aiko Tanaka', undefined)).toBe('Aiko Tanaka');
  });
});
