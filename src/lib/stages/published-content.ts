import type { LoadedContent } from '../content/load-content.ts';
import { visibleContent } from '../model/visibility.ts';

const published = new WeakMap<LoadedContent, LoadedContent>();

/** The content the website may show (the public audience's), worked out once per read of the content. */
export function publishedContent(content: LoadedContent): LoadedContent {
  let visible = published.get(content);
  if (!visible) {
    visible = visibleContent(content, 'public') as unknown as LoadedContent;
    published.set(content, visible);
  }
  return visible;
}
