import { buildDate } from '../build/build-date.ts';
import type { CairnOptions } from '../build/options.ts';
import type { LoadResult } from '../content/load-content.ts';
import { localizeContent, publishedLanguages } from '../content/localize.ts';
import { loadedAsRaw } from './loaded-content.ts';
import { buildModel, type Model } from './model.ts';
import { selectResume, type ResumeView } from './resume/selection.ts';
import { visibleContent } from './visibility.ts';

/** The two audiences a build publishes for: the website, and the copies sent to people directly. */
export type PublishedAudience = 'public' | 'resume';

/**
 * What one build knows, made once from one read of the content and handed to every stage and to
 * the pages: the options, the content, and a model per language and audience. The website's
 * resume and its direct-send copy come from the same content and the same selection rules, so
 * they differ only by what the `resume` audience may see besides the public.
 */
export interface BuildContext {
  readonly options: CairnOptions;
  readonly load: LoadResult;
  /** Every published language, the default first. */
  readonly languages: readonly string[];
  readonly defaultLanguage: string;
  /** The build's date, `YYYY-MM-DD` (pinned by the source date epoch when there is one). */
  readonly date: string;
  /** The content in `language` as `audience` may see it, built on first use and kept. */
  model(language: string, audience: PublishedAudience): Model;
  /** A resume variant as selected for `audience` in `language`, nothing left out to fit its pages. */
  resume(language: string, audience: PublishedAudience, id: string): ResumeView;
}

export function createBuildContext(load: LoadResult, options: CairnOptions): BuildContext {
  const profile = load.content.profile[0];
  const languages = publishedLanguages(profile ? { data: profile.raw } : undefined);
  const defaultLanguage = languages[0]!;
  const raw = loadedAsRaw(load.content);
  const localized = new Map<string, ReturnType<typeof localizeContent>['content']>();
  const models = new Map<string, Model>();
  const resumes = new Map<string, ResumeView>();
  const known = (language: string) => {
    if (!languages.includes(language)) throw new Error(`"${language}" is not one of the published languages (${languages.join(', ')})`);
  };
  const model = (language: string, audience: PublishedAudience): Model => {
    known(language);
    const key = `${language}\u0000${audience}`;
    let built = models.get(key);
    if (!built) {
      let content = localized.get(language);
      if (!content) {
        content = localizeContent(raw, language).content;
        localized.set(language, content);
      }
      built = buildModel(visibleContent(content, audience), { language });
      models.set(key, built);
    }
    return built;
  };
  return {
    options,
    load,
    languages,
    defaultLanguage,
    date: buildDate(options.sourceDateEpoch),
    model,
    resume(language, audience, id) {
      const key = `${language}\u0000${audience}\u0000${id}`;
      let view = resumes.get(key);
      if (!view) {
        view = selectResume(model(language, audience), id);
        resumes.set(key, view);
      }
      return view;
    },
  };
}
