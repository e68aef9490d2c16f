import { describe, expect, it } from 'vitest';
import { letterOverflowError, wordsPastFirstPage } from '../../../../src/lib/print/letter-fit.ts';

describe('wordsPastFirstPage', () => {
  it('counts the words on every page after the first, not punctuation or page furniture', () => {
    expect(wordsPastFirstPage(['Lots of words on the first page.', 'Kind regards,\nAda Example', '— 3 —'])).toBe(5);
    expect(wordsPastFirstPage(['Only one page.'])).toBe(0);
  });
});

describe('letterOverflowError', () => {
  it('names the letter, its file, the pages and how many words to cut', () => {
    const error = letterOverflowError({ id: 'globex', file: 'content/letters/globex.mdx', pages: 2, wordsOver: 48, copy: 'public' });
    expect(error.message).toBe('Cover letter "globex" (content/letters/globex.mdx) prints on 2 pages, 1 page over its limit of 1: about 48 words run past the first page.');
    expect(error.hint).toMatch(/^Cut about 48 words from the body of content\/letters\/globex\.mdx/);
  });

  it('says when only the copy for sending runs over', () => {
    const error = letterOverflowError({ id: 'globex', file: 'content/letters/globex.mdx', pages: 2, wordsOver: 1, copy: 'resume' });
    expect(error.message).toContain('(the copy for sending, with resume-only details): about 1 word run past');
  });
});
