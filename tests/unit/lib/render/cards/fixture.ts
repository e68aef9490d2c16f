import { loadContent, type LoadedContent } from '../../../../../src/lib/content/load-content.ts';
import { buildModel, type Model } from '../../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../../support/content-fixture.ts';

export const SITE = 'https://ada.example/';

/** A recruiter pitch with a card of its own, for Ada Example of the minimal fixture. */
export function pitchWithCard(card: string): Record<string, string> {
  return { 'pitches/recruiters.mdx': mdx(`audience: Recruiters\nvenue: Phone screen\nduration: 60\ncard:\n${card}`, 'I make slow systems fast.\n') };
}

/** Content through the real loader and schemas, and the public model the site and cards are made from. */
export function fixture(extra: Record<string, string> = {}, profileLines = ''): { content: LoadedContent; model: Model } {
  const files = { ...minimalContent(), ...extra };
  if (profileLines) files['profile.mdx'] = files['profile.mdx']!.replace(/^---\n/, `---\n${profileLines}\n`);
  const { content, problems } = loadContent(writeContentFolder(files));
  if (problems.length > 0) throw new Error(`fixture has problems: ${JSON.stringify(problems)}`);
  return { content, model: buildModel(visibleContent(content, 'public')) };
}
