import type { Readable, Writable } from 'node:stream';
import { cancel, isCancel, note, outro, select, text } from '@clack/prompts';
import type { LoadedContent } from '../../content/load-content.ts';
import { renderProposals } from './draft.ts';
import { mergeProposals, type Proposal } from './proposals.ts';
import { TITLE_MAX_LENGTH } from './titles.ts';

/** Where the prompts read keys and draw: the terminal, or streams in a test. */
export interface PromptStreams {
  input?: Readable;
  output?: Writable;
}

type Choice = 'accept' | 'edit' | 'merge' | 'skip' | 'stop';

export class PromptCancelled extends Error {
  readonly isUserError = true;
  constructor(command: string) {
    super(`${command}: cancelled; nothing written`);
    this.name = 'PromptCancelled';
  }
}

/**
 * Asks about each proposal in turn: accept it, edit its title (then accept), merge it with the
 * next one (and ask again about the two as one), skip it, or stop and keep what was accepted.
 * Returns the accepted proposals, titles as edited.
 */
export async function reviewProposals(proposals: readonly Proposal[], content: LoadedContent, streams: PromptStreams = {}, command = 'harvest'): Promise<Proposal[]> {
  const accepted: Proposal[] = [];
  const queue = [...proposals];
  const answered = <T>(value: T | symbol): T => {
    if (isCancel(value)) {
      cancel("Cancelled.", streams);
      throw new PromptCancelled(command);
    }
    return value as T;
  };
  let shown = 0;
  while (queue.length > 0) {
    let proposal = queue.shift()!;
    shown++;
    note(renderProposals([proposal]).replace(/^1\. /, ''), `${shown} of ${shown + queue.length}`, streams);
    const next = queue[0];
    const choice = answered<Choice>(
      await select<Choice>({
        ...streams,
        message: 'Draft it as a private accomplishment?',
        options: [
          { value: 'accept', label: 'accept', hint: 'write it as it is' },
          { value: 'edit', label: 'edit the title, then accept' },
          ...(next ? [{ value: 'merge' as const, label: 'merge with the next', hint: next.title }] : []),
          { value: 'skip', label: 'skip', hint: 'it will be offered again next time' },
          { value: 'stop', label: 'stop here', hint: 'write what is accepted so far' },
        ],
        initialValue: 'accept',
      }),
    );
    if (choice === 'stop') break;
    if (choice === 'skip') continue;
    if (choice === 'merge' && next) {
      queue.shift();
      queue.unshift(mergeProposals(proposal, next, content));
      shown--;
      continue;
    }
    if (choice === 'edit') {
      const title = answered<string>(
        await text({
          ...streams,
          message: 'Title (starting with a verb)',
          initialValue: proposal.title,
          validate: (value) => (!value?.trim() ? 'A title is needed' : value.trim().length > TITLE_MAX_LENGTH ? `Keep it to ${TITLE_MAX_LENGTH} characters` : undefined),
        }),
      );
      proposal = { ...proposal, title: title.trim() };
    }
    accepted.push(proposal);
  }
  outro(accepted.length === 0 ? 'Nothing accepted.' : `Writing ${accepted.length} draft${accepted.length === 1 ? '' : 's'}.`, streams);
  return accepted;
}
