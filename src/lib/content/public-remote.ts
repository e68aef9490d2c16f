import type { LoadedContent } from './load-content.ts';
import { execFileSync } from 'node:child_process';

/**
 * Whether the career repository itself may be public. The built site is guarded file by file, but
 * the repository holds what the site leaves out: goals, notes about people, private entries, the
 * home address. A remote on a public code host does not mean the repository is public (it cannot be
 * told from here), so the warning asks the person to make sure, and says how to silence it once
 * they have.
 */

/** Code hosts where a repository is commonly public; their subdomains (ssh.github.com) count too. */
export const PUBLIC_CODE_HOSTS = ['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'] as const;

/** The profile option, with the value, that says the repository is known to be private. */
export const PRIVATE_REPOSITORY_CONFIRMED = 'privateRepository: confirmed';

/**
 * The remote from which Cairn's own updates are taken (README, "Taking Cairn's updates"): a public
 * repository on purpose, and nothing is pushed there.
 */
export const CAIRN_UPSTREAM_REMOTE = 'upstream';

/** One line of `git remote -v`. */
export interface GitRemote {
  name: string;
  url: string;
  direction: 'fetch' | 'push';
}

/** A remote address on a public code host, as shown to the person: never with a user name or password. */
export interface PublicHostRemote {
  /** The remote's name, when known (`origin`); undefined for an address given alone. */
  name: string | undefined;
  /** The host, lower case: `github.com`. */
  host: string;
  /** Host and repository path without credentials, port or `.git`: `github.com/you/career`. */
  shown: string;
}

const REMOTE_LINE = /^(\S+)\s+(.+?)\s+\((fetch|push)\)(?:\s+\[[^\]]*\])?\s*$/;

/** The remotes in the output of `git remote -v`, one per line and direction; other lines are skipped. */
export function parseGitRemotes(output: string): GitRemote[] {
  const remotes: GitRemote[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = REMOTE_LINE.exec(line.trim());
    if (match) remotes.push({ name: match[1]!, url: match[2]!, direction: match[3] as 'fetch' | 'push' });
  }
  return remotes;
}

/**
 * The host and repository path of a git remote address, as git reads it: a URL
 * (`https://user:token@github.com/you/career.git`, `ssh://git@ssh.github.com:443/you/career`) or
 * scp-like (`git@github.com:you/career.git`). Undefined for a local path or a `file://` URL.
 */
export function remoteHost(url: string): { host: string; path: string } | undefined {
  const address = url.trim();
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i.exec(address);
  let authority: string;
  let path: string;
  if (withScheme) {
    if (withScheme[1]!.toLowerCase() === 'file') return undefined;
    authority = withScheme[2]!;
    path = withScheme[3]!;
  } else {
    // Git reads `host:path` as scp-like when the colon comes before any slash.
    const colon = address.indexOf(':');
    const slash = address.indexOf('/');
    if (colon <= 0 || (slash !== -1 && slash < colon)) return undefined;
    authority = address.slice(0, colon);
    path = address.slice(colon + 1);
  }
  // Credentials end at the last @ before the host; a port or IPv6 brackets follow the host.
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  const host = (hostAndPort.startsWith('[') ? hostAndPort.slice(1, hostAndPort.indexOf(']')) : hostAndPort.replace(/:\d*$/, '')).toLowerCase().replace(/\.$/, '');
  if (!host) return undefined;
  const cleanPath = path
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '');
  return { host, path: cleanPath };
}

/** The public code host that `host` belongs to (`ssh.github.com` → `github.com`), if any. */
export function publicCodeHost(host: string): string | undefined {
  const name = host.toLowerCase();
  return PUBLIC_CODE_HOSTS.find((known) => name === known || name.endsWith(`.${known}`));
}

/**
 * The remotes that send the repository to a public code host. `remotes` is the output of
 * `git remote -v`, or a list whose items are its lines or bare addresses. Of `git remote -v` only
 * the push addresses count (where the repository goes), and not those of `upstream`, Cairn's own
 * repository. Each remote is listed once.
 */
export function publicHostRemotes(remotes: string | readonly string[]): PublicHostRemote[] {
  const lines = typeof remotes === 'string' ? remotes.split(/\r?\n/) : remotes;
  const candidates: { name: string | undefined; url: string }[] = [];
  for (const line of lines) {
    const [remote] = parseGitRemotes(line);
    if (remote) {
      if (remote.direction === 'push' && remote.name !== CAIRN_UPSTREAM_REMOTE) candidates.push(remote);
    } else if (typeof remotes !== 'string' && line.trim()) {
      candidates.push({ name: undefined, url: line.trim() });
    }
  }
  const found = new Map<string, PublicHostRemote>();
  for (const { name, url } of candidates) {
    const address = remoteHost(url);
    if (!address || !publicCodeHost(address.host)) continue;
    const shown = address.path ? `${address.host}/${address.path}` : address.host;
    const key = name ?? shown;
    if (!found.has(key)) found.set(key, { name, host: address.host, shown });
  }
  return [...found.values()];
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export interface PublicRemoteOptions {
  /** The profile says the repository is private (`privateRepository: confirmed`): no warning. */
  privateRepositoryConfirmed?: boolean;
}

/**
 * One warning line when the content holds private or resume-level material and a remote points at a
 * public code host; undefined otherwise. `remotes` as for `publicHostRemotes`.
 */
export function publicRemoteWarning(remotes: string | readonly string[], hasPrivateContent: boolean, options: PublicRemoteOptions = {}): string | undefined {
  if (!hasPrivateContent || options.privateRepositoryConfirmed) return undefined;
  const found = publicHostRemotes(remotes);
  if (found.length === 0) return undefined;
  const described = found.map((remote) => (remote.name ? `${remote.name} (${remote.shown})` : remote.shown));
  const subject = found.length === 1 ? `the git remote ${described[0]} points at a public code host` : `the git remotes ${listed(described)} point at public code hosts`;
  return (
    `${subject}, and your content holds private material (goals, notes about people, private entries or resume-only contact details). ` +
    `Make sure the repository is private: a public one publishes all of it, whatever the site shows. ` +
    `Once it is, add \`${PRIVATE_REPOSITORY_CONFIRMED}\` to content/profile.mdx to silence this.`
  );
}

export interface GitRemoteOptions {
  /** The git program; `git` from PATH unless given. */
  git?: string;
  /** How long git may take, in milliseconds. */
  timeoutMs?: number;
}

/**
 * The output of `git remote -v` in `cwd`: run directly, with no shell, its input closed and its
 * errors discarded. An empty string when there is no git, no repository or git fails.
 */
export function readGitRemotes(cwd: string, options: GitRemoteOptions = {}): string {
  try {
    return execFileSync(options.git ?? 'git', ['remote', '-v'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: options.timeoutMs ?? 5000, windowsHide: true, shell: false });
  } catch {
    return '';
  }
}

/**
 * `publicRemoteWarning` for the repository that holds `cwd`. Runs git only when a warning could
 * follow: the content holds private material and the profile has not confirmed a private repository.
 */
export function checkPublicRemote(cwd: string, hasPrivateContent: boolean, options: PublicRemoteOptions & GitRemoteOptions = {}): string | undefined {
  if (!hasPrivateContent || options.privateRepositoryConfirmed) return undefined;
  return publicRemoteWarning(readGitRemotes(cwd, options), hasPrivateContent, options);
}

/**
 * Whether the content holds anything a public repository would give away: goals, notes about
 * people, interview notes, entries that are not public, or contact details kept off the website.
 * Cairn's fictional sample persona (`samplePersona: true`) holds nothing real.
 */
export function holdsPrivateMaterial(content: LoadedContent): boolean {
  const profile = content.profile[0];
  if (profile?.data.samplePersona) return false;
  if (content.goals.length > 0 || content.network.length > 0 || content.interviews.length > 0) return true;
  const contact = Object.values(profile?.data.contact ?? {}) as ({ visibility?: string } | undefined)[];
  if (contact.some((field) => field?.visibility !== undefined && field.visibility !== 'public')) return true;
  return Object.values(content).some((entries) => (entries as LoadedContent[keyof LoadedContent]).some((entry) => {
    const visibility = (entry.data as { visibility?: string }).visibility;
    return visibility !== undefined && visibility !== 'public';
  }));
}
