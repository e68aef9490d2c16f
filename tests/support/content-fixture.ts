import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes files (`relative path → text`) into a new temporary content folder and returns its path. */
export function writeContentFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-content-'));
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return folder;
}

/** An MDX file from frontmatter lines and a body. */
export function mdx(frontmatter: string, body = ''): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** A small, valid person: one profile, two roles, two skills, three accomplishments (one private). */
export function minimalContent(): Record<string, string> {
  return {
    'profile.mdx': mdx(
      `
name: Ada Example
headline: Platform engineer
valueProposition: I make slow systems fast.
location: Leeds, UK
site: https://ada.example
links:
  - { label: GitHub, url: "https://github.example/ada" }
contact:
  email: ada@ada.example
  phone: "+44 7700 900123"
  address: { value: "12 Quiet Lane, Leeds LS1 4AB", visibility: private }
`,
      'I build platforms.\n',
    ),
    'roles/acme.mdx': mdx(`
organisation: Acme Corp
title: Senior Engineer
start: "2020-01"
summary: Led the platform team.
`),
    'roles/initech.mdx': mdx(`
organisation: Initech
title: Engineer
start: "2016-09"
end: "2019-12"
summary: Built billing systems.
`),
    'skills/go.mdx': mdx(`
name: Go
category: Languages
level: expert
since: 2016
`),
    'skills/kubernetes.mdx': mdx(`
name: Kubernetes
category: Infrastructure
level: advanced
keywords: [k8s]
`),
    'accomplishments/2021-05-04-latency.mdx': mdx(
      `
title: Cut checkout latency
date: "2021-05-04"
role: acme
skills: [go]
tags: [performance]
bullet: Cut checkout p99 latency from 800 ms to 90 ms by removing a lock.
impact:
  - { label: p99 latency, from: 800, to: 90, unit: ms }
featured: true
`,
      '## Situation\n\nCheckout was slow at peak and customers left.\n',
    ),
    'accomplishments/2018-03-02-billing.mdx': mdx(`
title: Rebuilt the billing run
date: "2018-03-02"
role: initech
skills: [go, kubernetes]
tags: [cost]
bullet: Rebuilt the nightly billing run, cutting it from 6 hours to 40 minutes.
impact:
  - { label: billing run, from: 360, to: 40, unit: min }
`),
    'accomplishments/2022-07-01-secret-reorg.mdx': mdx(
      `
title: Planned the confidential Falcon reorganisation
date: "2022-07-01"
role: acme
skills: [go]
bullet: Drafted the confidential Falcon reorganisation plan for the leadership group.
visibility: private
`,
      'The Falcon plan moved three teams under one director before the announcement.\n',
    ),
  };
}

/** Problem lines as a person would see them from inside the content folder. */
export function withoutFolder(folder: string, lines: string[]): string[] {
  return lines.map((line) => line.split(`${folder}/`).join(''));
}
