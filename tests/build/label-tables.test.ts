import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/lib/model/i18n/messages.ts';
import { astroBuild } from '../support/astro-build.ts';
import { minimalContent, mdx, writeContentFolder } from '../support/content-fixture.ts';

/**
 * A person who writes in one of the languages Cairn has words for: their resume's headings, dates
 * and "present" are in that language, from the first build.
 */
const PEOPLE: Record<string, { headline: string; summary: string; month: RegExp }> = {
  fr: { headline: 'Ingénieure plateforme', summary: 'Je rends les systèmes de production rapides et sobres.', month: /janv\. 2020/ },
  es: { headline: 'Ingeniera de plataforma', summary: 'Hago que los sistemas de producción sean rápidos y discretos.', month: /ene 2020/ },
  de: { headline: 'Plattform-Ingenieurin', summary: 'Ich mache Produktionssysteme schnell und ruhig.', month: /Jan\. 2020/ },
  pt: { headline: 'Engenheira de plataforma', summary: 'Torno os sistemas de produção rápidos e discretos.', month: /jan\. de 2020/ },
  it: { headline: 'Ingegnera di piattaforma', summary: 'Rendo i sistemi di produzione veloci e silenziosi.', month: /gen 2020/ },
  nl: { headline: 'Platformengineer', summary: 'Ik maak productiesystemen snel en rustig.', month: /jan 2020/ },
  pl: { headline: 'Inżynierka platformy', summary: 'Sprawiam, że systemy produkcyjne są szybkie i ciche.', month: /sty 2020/ },
  sv: { headline: 'Plattformsingenjör', summary: 'Jag gör produktionssystem snabba och tysta.', month: /jan\. 2020/ },
  tr: { headline: 'Platform mühendisi', summary: 'Üretim sistemlerini hızlı ve sessiz hale getiriyorum.', month: /Oca 2020/ },
  ja: { headline: 'プラットフォームエンジニア', summary: '本番システムを速く、静かに保ちます。', month: /2020年1月/ },
  zh: { headline: '平台工程师', summary: '我让生产系统快速而安静地运行。', month: /2020年1月/ },
  ko: { headline: '플랫폼 엔지니어', summary: '운영 시스템을 빠르고 조용하게 만듭니다.', month: /2020년 1월/ },
  he: { headline: 'מהנדסת פלטפורמה', summary: 'אני הופכת מערכות ייצור למהירות ושקטות.', month: /ינו׳ 2020/ },
  ar: { headline: 'مهندسة منصات', summary: 'أجعل أنظمة الإنتاج سريعة وهادئة.', month: /يناير 2020/ },
  hi: { headline: 'प्लेटफ़ॉर्म इंजीनियर', summary: 'मैं प्रोडक्शन सिस्टम को तेज़ और शांत बनाती हूँ।', month: /जन॰ 2020/ },
  'pt-BR': { headline: 'Engenheira de plataforma', summary: 'Deixo os sistemas de produção rápidos e discretos.', month: /jan\. de 2020/ },
  ru: { headline: 'Платформенный инженер', summary: 'Я делаю продакшен-системы быстрыми и тихими.', month: /янв\. 2020 г\./ },
  uk: { headline: 'Інженерка платформи', summary: 'Я роблю продакшн-системи швидкими й тихими.', month: /січ\. 2020 р\./ },
};

describe.each(Object.entries(PEOPLE))('a resume written in %s', (language, person) => {
  const files = minimalContent();
  files['profile.mdx'] = files['profile.mdx']!.replace('headline: Platform engineer', `headline: ${person.headline}\nlanguages: [${language}]`);
  files['resumes/general.mdx'] = mdx('title: Général\ntargetRole: Staff', `\n${person.summary}\n`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), `cairn-labels-${language}-`));
  const build = astroBuild({ contentDir: writeContentFolder(files), outDir: path.join(scratch, 'dist'), env: { CAIRN_OUT_DIR: path.join(scratch, 'out'), CHROME_PATH: '/nonexistent/cairn-test/chromium' } });

  it('has its headings, dates and "present" in that language, and no English heading', () => {
    expect(build.status, build.output).toBe(0);
    const text = readFileSync(path.join(scratch, 'dist/resume/general.txt'), 'utf8');
    const words = messagesFor(language);
    for (const heading of [words.headingSummary, words.headingExperience, words.headingSkills]) expect(text).toContain(heading.toLocaleUpperCase(language));
    expect(text).toMatch(new RegExp(`${person.month.source} – ${words.present}`, 'i'));
    for (const english of ['SUMMARY', 'EXPERIENCE', 'SKILLS', 'Present']) expect(text).not.toContain(english);
  });
});
