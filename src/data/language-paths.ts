import { getSiteData } from './site-model.ts';

/** Every published language but the default, whose pages live at the root: the `[lang]` routes' paths. */
export async function otherLanguages(): Promise<string[]> {
  const { model } = await getSiteData();
  return model.languages.slice(1);
}

/** `getStaticPaths` of a `/<lang>/…` page with no other parameter. */
export async function languagePaths() {
  return (await otherLanguages()).map((lang) => ({ params: { lang } }));
}

/** `getStaticPaths` of a `/<lang>/…/<param>/` page: every other language times every value the page has in that language. */
export async function languageParamPaths<K extends string>(key: K, valuesIn: (language: string) => Promise<string[]>) {
  const paths: { params: { lang: string } & Record<K, string> }[] = [];
  for (const lang of await otherLanguages()) {
    for (const value of await valuesIn(lang)) paths.push({ params: { lang, [key]: value } as { lang: string } & Record<K, string> });
  }
  return paths;
}
