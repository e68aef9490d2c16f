/**
 * A person's name as a document in `language` prints it. Japanese, Chinese and Korean put the
 * family name first (田中 愛子, 王小明, 김민지); every other language takes the name as written.
 * Only a profile that gives the parts can be reordered.
 */
const FAMILY_FIRST = new Set(['ja', 'zh', 'ko']);

/** Han, kana and Hangul: written without a space between family and given name. */
const EAST_ASIAN = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

export function nameIn(language: string, name: string, parts: { given: string; family: string } | undefined): string {
  if (!parts || !FAMILY_FIRST.has(language.split('-')[0]!.toLowerCase())) return name;
  const family = parts.family.trim();
  const given = parts.given.trim();
  // Japanese resumes keep a space between the two; Chinese and Korean names in their own script have none.
  const joined = language.startsWith('ja') || !(EAST_ASIAN.test(family) && EAST_ASIAN.test(given)) ? ' ' : '';
  return `${family}${joined}${given}`;
}
