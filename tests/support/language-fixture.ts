import { mdx, minimalContent, writeContentFolder } from './content-fixture.ts';

/**
 * The minimal person publishing in English and Arabic (right to left): the profile, one
 * accomplishment (fields and story) and one resume variant translated; everything else falls back,
 * the resume too (`translation: fallback`).
 */
export function twoLanguageContent(): string {
  const base = minimalContent();
  return writeContentFolder({
    ...base,
    'profile.mdx': base['profile.mdx']!
      .replace('headline: Platform engineer', 'headline:\n  en: Platform engineer\n  ar: مهندسة منصات')
      .replace('valueProposition: I make slow systems fast.', 'valueProposition:\n  en: I make slow systems fast.\n  ar: أجعل الأنظمة البطيئة سريعة.\nlanguages: [en, ar]'),
    'profile.ar.mdx': 'أبني منصات برمجية موثوقة.\n',
    'accomplishments/2021-05-04-latency.mdx': base['accomplishments/2021-05-04-latency.mdx']!
      .replace('title: Cut checkout latency', 'title:\n  en: Cut checkout latency\n  ar: خفض زمن استجابة الدفع')
      .replace('bullet: Cut checkout p99 latency from 800 ms to 90 ms by removing a lock.', 'bullet:\n  en: Cut checkout p99 latency from 800 ms to 90 ms by removing a lock.\n  ar: خفضت زمن استجابة الدفع من 800 إلى 90 ميلي ثانية بإزالة قفل.'),
    'accomplishments/2021-05-04-latency.ar.mdx': '## الموقف\n\nكان الدفع بطيئًا في أوقات الذروة.\n',
    'resumes/platform.mdx': mdx('title:\n  en: Platform engineer\n  ar: مهندسة منصات\ntargetRole: { en: Staff Engineer, ar: مهندسة أولى }\nsections: [summary, experience, skills]\ntranslation: fallback', '\nPlatform engineer who makes slow systems fast.\n'),
    'resumes/platform.ar.mdx': '\nمهندسة منصات تجعل الأنظمة البطيئة سريعة.\n',
  });
}
