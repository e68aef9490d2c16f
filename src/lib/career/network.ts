import type { Entry } from '../model/model.ts';
import { addDays, daysBetween, firstDayOf } from './dates.ts';

export interface OverdueContact {
  id: string;
  name: string;
  organisation: string | undefined;
  /** The day the check-in is counted from, `YYYY-MM-DD`: the last contact, or the day you met when no contact is recorded. */
  lastContact: string | undefined;
  /** Which of the two `lastContact` is; undefined when neither is known. */
  countedFrom: 'lastContact' | 'met' | undefined;
  /** Days between check-ins. */
  cadence: number;
  /** When the check-in was due; undefined when there has never been a contact to count from. */
  dueOn: string | undefined;
  /** Days past due on `today`; undefined when there has never been a contact to count from. */
  daysOverdue: number | undefined;
  caresAbout: string[];
}

/**
 * Contacts whose check-in is due or past due on `today`, the most overdue first; people with no
 * recorded contact at all come first of all, since they are the easiest to lose.
 */
export function overdueContacts(contacts: readonly Entry<'network'>[], today: string): OverdueContact[] {
  const overdue: OverdueContact[] = [];
  for (const contact of contacts) {
    const { name, organisation, cadence, caresAbout } = contact.data;
    const since = contact.data.lastContact ?? (contact.data.met ? firstDayOf(contact.data.met) : undefined);
    const dueOn = since ? addDays(since, cadence) : undefined;
    const daysOverdue = dueOn ? daysBetween(dueOn, today) : undefined;
    if (daysOverdue !== undefined && daysOverdue < 0) continue;
    const countedFrom = contact.data.lastContact ? 'lastContact' : contact.data.met ? 'met' : undefined;
    overdue.push({ id: contact.id, name, organisation, lastContact: since, countedFrom, cadence, dueOn, daysOverdue, caresAbout });
  }
  return overdue.sort(
    (a, b) => (b.daysOverdue ?? Number.POSITIVE_INFINITY) - (a.daysOverdue ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name),
  );
}

/** The contacts whose first name is `written` (in any case): one is who was meant; several need the id. */
export function namesakes<T extends { data: { name: string } }>(contacts: readonly T[], written: string): T[] {
  const lower = written.trim().toLocaleLowerCase();
  return contacts.filter((contact) => contact.data.name.trim().toLocaleLowerCase().split(/\s+/)[0] === lower);
}

/** The contact a person means by `written`: its id, its name in any case, its name as an id, or a first name no one else has. */
export function findContact<T extends { id: string; data: { name: string } }>(contacts: readonly T[], written: string, slug: (text: string) => string): T | undefined {
  const lower = written.trim().toLocaleLowerCase();
  const byFirstName = namesakes(contacts, written);
  return (
    contacts.find((contact) => contact.id === written.trim()) ??
    contacts.find((contact) => contact.data.name.toLocaleLowerCase() === lower) ??
    contacts.find((contact) => contact.id === slug(written)) ??
    (byFirstName.length === 1 ? byFirstName[0] : undefined)
  );
}
