import { autocompleteMultiselect, cancel, confirm, intro, isCancel, multiline, select, text } from '@clack/prompts';
import { BULLET_MAX_LENGTH } from '../../src/schemas/index.ts';
import type { LoadedContent } from '../../src/lib/content/load-content.ts';
import { isCalendarDay } from '../../src/lib/career/dates.ts';
import { IMPACT_EXAMPLE, parseImpactOption } from '../../src/lib/career/impact-option.ts';
import { roleForDate, type LogRequest } from '../../src/lib/career/log-entry.ts';
import { formatRange } from '../../src/lib/model/format.ts';

/** Stops the command politely when the person presses Ctrl-C or Esc at a prompt. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) {
    cancel('log: cancelled; nothing written.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

/**
 * Asks for each field of an accomplishment in the terminal, offering the roles and skills that
 * already exist so nothing has to be typed from memory. The answers go through the same checks
 * as the command-line options.
 */
export async function askForAccomplishment(content: LoadedContent, today: string): Promise<LogRequest> {
  intro('Log an accomplishment');
  const title = answered(
    await text({
      message: 'What did you do? (a short title starting with a verb)',
      placeholder: 'Cut checkout p99 latency by 80%',
      validate: (value) => (!value?.trim() ? 'A title is needed' : value.trim().length > 120 ? 'Keep it to 120 characters' : undefined),
    }),
  );
  const date = answered(
    await text({
      message: 'When? (YYYY-MM-DD)',
      defaultValue: today,
      placeholder: today,
      validate: (value) => (!value || isCalendarDay(value.trim()) ? undefined : 'Write a real date as YYYY-MM-DD'),
    }),
  ).trim();
  const role =
    content.roles.length === 0
      ? undefined
      : answered(
          await select({
            message: 'Which role was it part of?',
            // Current roles first, then the most recent: the likely answer is at the top.
            options: [...content.roles].sort((a, b) => (b.data.end ?? '9999').localeCompare(a.data.end ?? '9999') || b.data.start.localeCompare(a.data.start)).map((entry) => ({
              value: entry.id,
              label: `${entry.data.title}, ${entry.data.organisation}`,
              hint: formatRange(entry.data.start, entry.data.end),
            })),
            initialValue: roleForDate(content, date) ?? content.roles[0]!.id,
          }),
        );
  const skills =
    content.skills.length === 0
      ? []
      : answered(
          await autocompleteMultiselect({
            message: 'Which skills does it show? (type to filter, Tab to pick, Enter when done)',
            options: content.skills.map((entry) => ({ value: entry.id, label: entry.data.name, hint: entry.data.category })),
            required: false,
          }),
        );
  const tags = answered(await text({ message: 'Tags, comma-separated (optional)', placeholder: 'performance, reliability', defaultValue: '' }));
  const bullet = answered(
    await text({
      message: `The resume line (enter to use the title; at most ${BULLET_MAX_LENGTH} characters)`,
      defaultValue: title,
      placeholder: title,
      validate: (value) => ((value ?? '').trim().length > BULLET_MAX_LENGTH ? `Keep it to ${BULLET_MAX_LENGTH} characters` : undefined),
    }),
  );
  // As many measured results as there are, one a prompt, until one is left empty (as --impact repeats).
  const impact: string[] = [];
  for (;;) {
    const result = answered(
      await text({
        message: impact.length === 0 ? 'A measured result (optional)' : 'Another measured result (Enter when done)',
        placeholder: IMPACT_EXAMPLE,
        defaultValue: '',
        validate: (value) => (!value?.trim() || parseImpactOption(value).ok ? undefined : `Write it as "label: from -> to unit", e.g. ${IMPACT_EXAMPLE}`),
      }),
    );
    if (!result.trim()) break;
    impact.push(result.trim());
  }
  const visibility = answered(
    await select({
      message: 'Who may see it?',
      options: [
        { value: 'public', label: 'public', hint: 'the website and everything' },
        { value: 'resume', label: 'resume', hint: 'resumes you send, never the website' },
        { value: 'private', label: 'private', hint: 'only your own reviews' },
      ],
      initialValue: 'public',
    }),
  );
  const featured = answered(await confirm({ message: 'Feature it on the home page?', initialValue: false }));
  const story = answered(await multiline({ message: 'The story: situation, action, result (optional; press Enter twice to finish)', defaultValue: '' }));
  return { title, date, role, skills, tags: [tags], impact, bullet, visibility, featured, story };
}
