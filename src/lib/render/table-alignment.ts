import type { HastPluginDefinition } from 'satteri';

const ALIGNMENT = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/;

/**
 * Column alignment of a Markdown table as a class, not a style attribute.
 *
 * GitHub-flavoured Markdown writes `| --: |` as `style="text-align: right"` on every cell. The
 * site's Content-Security-Policy allows no inline styles, so the browser drops each one and logs
 * an error per cell: a numbers column in a case study lost its alignment and the console filled
 * up. `align-left`, `align-center` and `align-right` are styled in global.css instead. Runs in
 * both Markdown paths (plain bodies and MDX), so a story looks the same whichever it takes.
 */
export const tableAlignmentAsClass: HastPluginDefinition = {
  name: 'cairn-table-alignment',
  element: {
    filter: ['th', 'td'],
    visit(cell, context) {
      const style = cell.properties?.['style'];
      const alignment = typeof style === 'string' ? ALIGNMENT.exec(style)?.[1] : undefined;
      if (!alignment) return;
      const classes = cell.properties?.['className'];
      context.setProperty(cell, 'style', undefined);
      context.setProperty(cell, 'className', [...(Array.isArray(classes) ? classes : []), `align-${alignment}`]);
    },
  },
};
