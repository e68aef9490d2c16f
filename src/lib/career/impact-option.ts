import type { Impact } from '../../schemas/accomplishment.ts';

const NUMBER_WITH_UNIT = /^([-+]?\d[\d,]*(?:\.\d+)?)\s*(.*)$/;
const ARROW = /\s*(?:->|→|=>)\s*/;

export const IMPACT_EXAMPLE = 'p99 latency: 820 -> 95 ms';

function numberAndUnit(text: string): { value: number; unit: string } | undefined {
  const match = NUMBER_WITH_UNIT.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]!.replace(/,/g, ''));
  return Number.isFinite(value) ? { value, unit: match[2]!.trim() } : undefined;
}

/**
 * Reads an impact written on the command line, `label: from -> to unit` or `label: amount unit`:
 * `"p99 latency: 820 -> 95 ms"`, `"cloud spend: 1,200 → 830 €k/yr"`, `"services migrated: 38"`.
 * The unit may be written after both numbers (`820ms -> 95ms`) as long as it is the same.
 */
export function parseImpactOption(text: string): { ok: true; impact: Impact } | { ok: false; reason: string } {
  const colon = text.indexOf(':');
  const label = colon > 0 ? text.slice(0, colon).trim() : '';
  const figures = colon > 0 ? text.slice(colon + 1).trim() : '';
  if (!label || !figures) return { ok: false, reason: 'needs a label, a colon and the figures' };
  const parts = figures.split(ARROW);
  if (parts.length > 2) return { ok: false, reason: 'has more than one arrow' };
  const to = numberAndUnit(parts[parts.length - 1]!);
  const from = parts.length === 2 ? numberAndUnit(parts[0]!) : undefined;
  if (!to || (parts.length === 2 && !from)) return { ok: false, reason: 'needs numbers such as 820 -> 95' };
  if (from?.unit && to.unit && from.unit !== to.unit) return { ok: false, reason: `has two units ("${from.unit}" and "${to.unit}")` };
  const unit = to.unit || from?.unit || '';
  // Keys in the order people read them: label, from, to, unit.
  const impact: Impact = { label, ...(from ? { from: from.value } : {}), to: to.value, ...(unit ? { unit } : {}) };
  return { ok: true, impact };
}
