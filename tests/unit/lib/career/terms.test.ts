import { describe, expect, it } from 'vitest';
import { findSkills, isDropped, skillLexicon, skillsIn, stemWord, textTerms, tokenize } from '../../../../src/lib/career/terms.ts';
import { careerContent } from './fixture.ts';

const lexicon = skillLexicon(careerContent().content.skills);

describe('tokenize and stem', () => {
  it('keeps technical words whole and folds inflections and British spellings', () => {
    expect(tokenize("Node.js, C++ and C# at Acme's p99").map((token) => token.surface)).toEqual(['Node.js', 'C++', 'and', 'C#', 'at', 'Acme', 'p99']);
    expect(stemWord('scaling')).toBe(stemWord('scale'));
    expect(stemWord('optimisation')).toBe(stemWord('optimization'));
    expect(stemWord('Databases')).toBe(stemWord('database'));
  });

  it('drops English function words and job-advert filler, not the work', () => {
    expect(isDropped('the')).toBe(true);
    expect(isDropped('Experience')).toBe(true);
    expect(isDropped('years')).toBe(true);
    expect(isDropped('kubernetes')).toBe(false);
  });
});

describe('skill synonyms', () => {
  it('finds a skill by its name or any keyword, in any case', () => {
    expect(skillsIn('Experience with Postgres, K8S and golang', lexicon)).toEqual(['postgresql', 'kubernetes', 'go']);
  });

  it('matches a multi-word keyword with its words reordered nearby', () => {
    expect(skillsIn('We write code for our infrastructure', lexicon)).toEqual([]);
    expect(skillsIn('Infrastructure defined as code', lexicon)).toEqual(['terraform']);
    expect(findSkills(tokenize('career help for our product development team'), lexicon)).toEqual([]);
    expect(findSkills(tokenize('career development'), lexicon)).toEqual([{ skill: 'mentoring', words: 'career development' }]);
  });

  it('takes a short name such as Go only as written, so the verb "go" is not the language', () => {
    expect(skillsIn('You will go further', lexicon)).toEqual([]);
    expect(skillsIn('Services in Go or GO', lexicon)).toEqual(['go']);
  });

  it('adds a skill term beside the words, so a synonym and the name meet', () => {
    expect(textTerms('Postgres tuning', lexicon)).toEqual(['postgr', 'tune', 'skill:postgresql']);
    expect(textTerms('PostgreSQL', lexicon)).toContain('skill:postgresql');
  });
});
