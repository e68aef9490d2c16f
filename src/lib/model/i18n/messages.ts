/**
 * Every fixed heading and label the site and the resumes print, per language. Content comes from
 * the person; these words come from Cairn. English is the reference: each other table has exactly
 * its keys (the type says so), and a published language without a table prints English labels
 * (the build says so once). Each language's table is a file in tables/ (tables/en.ts defines the
 * type); this file chooses among them.
 */
import { en } from './tables/en.ts';
import type { Messages } from './tables/en.ts';
import { de } from './tables/de.ts';
import { ar } from './tables/ar.ts';
import { fr } from './tables/fr.ts';
import { es } from './tables/es.ts';
import { pt, ptBR } from './tables/pt.ts';
import { it } from './tables/it.ts';
import { nl } from './tables/nl.ts';
import { pl } from './tables/pl.ts';
import { sv } from './tables/sv.ts';
import { tr } from './tables/tr.ts';
import { ja } from './tables/ja.ts';
import { zh } from './tables/zh.ts';
import { zhHant } from './tables/zh-hant.ts';
import { ko } from './tables/ko.ts';
import { he } from './tables/he.ts';
import { hi } from './tables/hi.ts';
import { ru } from './tables/ru.ts';
import { uk } from './tables/uk.ts';

export type { Messages } from './tables/en.ts';

/** The tables Cairn ships, by primary language subtag. */
export const MESSAGE_TABLES: Readonly<Record<string, Messages>> = { en, de, ar, fr, es, pt, 'pt-BR': ptBR, it, nl, pl, sv, tr, ja, zh, 'zh-Hant': zhHant, ko, he, hi, ru, uk };

export type TextDirection = 'ltr' | 'rtl';

/** Whether a language is written right to left, from the Unicode data behind Intl.Locale. */
export function textDirection(language: string): TextDirection {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { getTextInfo?: () => { direction?: string }; textInfo?: { direction?: string } };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    return info?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

/** The primary subtag: `de-AT` → `de`. */
function primary(language: string): string {
  return language.split('-')[0]!.toLowerCase();
}

/** Whether Cairn has a table for a language (or for its primary language: `de-AT` uses `de`). */
export function hasMessages(language: string): boolean {
  return MESSAGE_TABLES[language] !== undefined || MESSAGE_TABLES[primary(language)] !== undefined;
}

/**
 * The table of a language written in a script of its own: Chinese in Taiwan, Hong Kong or Macau
 * (`zh-TW`, `zh-Hant-HK`) is written in traditional characters, which the likely-subtags data
 * behind `Intl.Locale.maximize` knows.
 */
function scriptTable(language: string): Messages | undefined {
  try {
    const { language: base, script } = new Intl.Locale(language).maximize();
    return script ? MESSAGE_TABLES[`${base}-${script}`] : undefined;
  } catch {
    return undefined;
  }
}

/** The words for a language: its own table, its script's, its primary language's, else English. */
export function messagesFor(language: string): Messages {
  return MESSAGE_TABLES[language] ?? scriptTable(language) ?? MESSAGE_TABLES[primary(language)] ?? en;
}

/** The four skill levels a skill file can name. */
export type SkillLevel = 'expert' | 'advanced' | 'working' | 'learning';
const SKILL_LEVELS: readonly SkillLevel[] = ['expert', 'advanced', 'working', 'learning'];

/** A skill level in a table's words: `working` → `Working knowledge`, `Gute Kenntnisse`. */
export function skillLevelLabel(words: Messages, level: SkillLevel): string {
  return { expert: words.levelExpert, advanced: words.levelAdvanced, working: words.levelWorking, learning: words.levelLearning }[level];
}

/** Every table's words for the four skill levels, lower-cased: what Cairn's exports write, so an import can read them back. */
export function skillLevelWords(): Map<string, SkillLevel> {
  return new Map(Object.values(MESSAGE_TABLES).flatMap((words) => SKILL_LEVELS.map((level) => [skillLevelLabel(words, level).toLowerCase(), level] as const)));
}
