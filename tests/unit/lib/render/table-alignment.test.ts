import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableAlignmentAsClass } from '../../../../src/lib/render/table-alignment.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [tableAlignmentAsClass] })).html;

describe('tableAlignmentAsClass', () => {
  it('turns each aligned column into a class on its cells and leaves no style attribute', async () => {
    const html = await render('| name | count | mark |\n| :-- | --: | :-: |\n| a | 2 | x |\n');
    expect(html).toContain('<th class="align-left">name</th>');
    expect(html).toContain('<td class="align-right">2</td>');
    expect(html).toContain('<td class="align-center">x</td>');
    expect(html).not.toContain('style=');
  });

  it('leaves a column with no alignment as it was', async () => {
    const html = await render('| name |\n| --- |\n| a |\n');
    expect(html).toContain('<th>name</th>');
    expect(html).toContain('<td>a</td>');
  });
});
