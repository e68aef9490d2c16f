/**
 * The element trees satori draws: plain objects shaped like React elements, built without React.
 * Templates return them; nothing else about them is special.
 */
export type Style = Record<string, string | number>;

export interface ImageElement {
  type: string;
  key: string | null;
  props: { style?: Style; children?: ImageNode | ImageNode[]; [attribute: string]: unknown };
}

export type ImageNode = ImageElement | string;

type Child = ImageNode | false | null | undefined;

/** An element: `h('div', { style: { display: 'flex' } }, 'text', h(…))`. Falsy children are dropped. */
export function h(type: string, props: { key?: string; style?: Style; [attribute: string]: unknown }, ...children: Child[]): ImageElement {
  const { key, ...rest } = props;
  const kept = children.filter((child): child is ImageNode => child !== false && child !== null && child !== undefined);
  const content = kept.length === 0 ? undefined : kept.length === 1 ? kept[0] : kept;
  return { type, key: key ?? null, props: content === undefined ? rest : { ...rest, children: content } };
}

/**
 * Every string an element tree draws, in document order: what a reader of the image sees, without
 * the word joiners (U+2060) that keep `on-call` whole on a card.
 */
export function textsOf(node: ImageNode): string[] {
  if (typeof node === 'string') return node.trim() ? [node.trim().replaceAll('\u2060', '')] : [];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(textsOf);
}

/** Every string an element tree draws, exactly as satori is given it (word joiners kept): what decides the fonts it needs. */
export function drawnTextsOf(node: ImageNode): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(drawnTextsOf);
}

/** The element of a tree with a key, if any. */
export function elementWithKey(node: ImageNode, key: string): ImageElement | undefined {
  if (typeof node === 'string') return undefined;
  if (node.key === key) return node;
  const { children } = node.props;
  if (children === undefined) return undefined;
  for (const child of Array.isArray(children) ? children : [children]) {
    const found = elementWithKey(child, key);
    if (found) return found;
  }
  return undefined;
}
