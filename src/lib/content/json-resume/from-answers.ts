/**
 * `npm run init`'s answers (who you are, your current role, a few things you did) written as a
 * JSON Resume document, so a start from answers goes through the same import, checks and files as
 * a start from a resume.json.
 */

export interface InitAnswers {
  name: string;
  headline: string;
  email?: string | undefined;
  /** The address the site will be published at. */
  site?: string | undefined;
  role: {
    title: string;
    employer: string;
    /** `YYYY-MM` or `YYYY-MM-DD`. */
    start: string;
  };
  /** Each becomes an accomplishment of the current role; the import dates them today. */
  accomplishments: string[];
}

/** A month or a day, as JSON Resume and Cairn write dates. */
export const START_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Answers as given, any of them missing. */
export interface GivenAnswers {
  name?: string | undefined;
  headline?: string | undefined;
  email?: string | undefined;
  site?: string | undefined;
  role?: { title?: string | undefined; employer?: string | undefined; start?: string | undefined } | undefined;
  accomplishments?: string[] | undefined;
}

/** What is wrong with the answers, one line a field; empty when they can be imported. */
export function answerProblems(answers: GivenAnswers): string[] {
  const problems: string[] = [];
  const required = (value: string | undefined, flag: string, what: string) => {
    if (!value?.trim()) problems.push(`--${flag}: ${what} is needed`);
  };
  required(answers.name, 'name', 'your name');
  required(answers.headline, 'headline', 'a headline (what you do, e.g. "Product manager for clinical software")');
  required(answers.role?.title, 'role', 'your current role’s title');
  required(answers.role?.employer, 'employer', 'your current employer');
  required(answers.role?.start, 'since', 'when your current role started (YYYY-MM)');
  if (answers.role?.start?.trim() && !START_DATE.test(answers.role.start.trim())) problems.push(`--since: write the month your role started as YYYY-MM; received "${answers.role.start}"`);
  if (answers.email?.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(answers.email.trim())) problems.push(`--email: not an email address; received "${answers.email}"`);
  if (answers.site?.trim() && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(answers.site.trim())) problems.push(`--site: a whole web address, such as https://you.github.io/career/; received "${answers.site}"`);
  return problems;
}

export function answersAsJsonResume(answers: InitAnswers): Record<string, unknown> {
  const clean = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return {
    basics: {
      name: answers.name.trim(),
      label: answers.headline.trim(),
      ...(clean(answers.email) ? { email: clean(answers.email) } : {}),
      ...(clean(answers.site) ? { url: clean(answers.site) } : {}),
    },
    work: [
      {
        name: answers.role.employer.trim(),
        position: answers.role.title.trim(),
        startDate: answers.role.start.trim(),
        highlights: answers.accomplishments.map((line) => line.trim()).filter(Boolean),
      },
    ],
  };
}
