// What `npm publish` would send, read from npm itself (`npm pack --dry-run --json`): the packed-size
// budget, the files a user needs and nothing they do not, links that work from npm, and a clean
// `npm publish --dry-run`. Scripts are ignored (`--ignore-scripts`): `prepublishOnly` would rebuild.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const built = existsSync(join(ROOT, 'dist', 'index.js'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const run = promisify(execFile);
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * The packed-size budget (gzip tarball, bytes) and the unpacked one, set from measurement with room
 * for the work in flight (locales, instruments, charts): 755 645 B packed and 3 189 526 B unpacked
 * when set, down from 1 960 290 B and 8 448 737 B before source maps and the duplicate `.d.ts`
 * chunks left the tarball (the bundled CLI dependencies add about 38 kB of it). Growth past them is a deliberate change to these numbers.
 */
const PACKED_BUDGET = 960_000; // 904 kB packed on 2026-12-06 with charts, the Spanish pack and 23 instruments
const UNPACKED_BUDGET = 4_100_000; // 3.93 MB unpacked on 2026-12-07

interface PackFile {
  readonly path: string;
  readonly size: number;
}
interface Pack {
  readonly size: number;
  readonly unpackedSize: number;
  readonly files: readonly PackFile[];
}

async function pack(): Promise<Pack> {
  const { stdout } = await run(NPM, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const [p] = JSON.parse(stdout) as Pack[];
  if (!p) throw new Error('npm pack --dry-run --json printed no package');
  return p;
}

/** Relative link targets in a Markdown text (inline links and images), without their #fragment. */
function relativeLinks(markdown: string): string[] {
  const out: string[] = [];
  const text = markdown.replace(/```[\s\S]*?```/g, ''); // code blocks are not links
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*(?:<([^>]+)>|([^)\s]+))(?:\s+"[^"]*")?\s*\)/g)) {
    const target = m[1] ?? m[2] ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) continue;
    out.push(decodeURI(target.split('#')[0] ?? ''));
  }
  return out;
}

describe('relativeLinks', () => {
  it('finds relative links and images, and skips URLs, anchors and code blocks', () => {
    const md = '[a](docs/a.md#x) ![i](img/i.png "t") [u](https://x.org/y) [h](#top) [m](mailto:a@b.c)\n```md\n[c](code.md)\n```\n[s](<with space.md>)';
    expect(relativeLinks(md)).toEqual(['docs/a.md', 'img/i.png', 'with space.md']);
  });
});

describe('every relative link in the repository Markdown resolves (the docs work on GitHub)', () => {
  const files = execFileSync('git', ['ls-files', '*.md'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('.changeset/'));
  it.each(files)('%s', (file) => {
    const broken = relativeLinks(readFileSync(join(ROOT, file), 'utf8')).filter((l) => !existsSync(join(ROOT, dirname(file), l)));
    expect(broken).toEqual([]);
  });
  it('absolute links into this repository name files that exist', () => {
    const base = `${pkg.homepage.replace(/#readme$/, '')}/blob/main/`;
    const missing = files.flatMap((f) =>
      [...readFileSync(join(ROOT, f), 'utf8').matchAll(/\]\((https:\/\/github\.com\/securebase\/securebase\/blob\/main\/[^)#\s]+)/g)]
        .map((m) => (m[1] ?? '').slice(base.length))
        .filter((p) => !existsSync(join(ROOT, p))),
    );
    expect(missing).toEqual([]);
  });
});

describe('the tarball', () => {
  let p: Pack;
  let paths: Set<string>;
  beforeAll(async () => {
    p = await pack();
    paths = new Set(p.files.map((f) => f.path));
  });

  it('ships the licence, the README and the package metadata people look for', () => {
    expect(paths.has('LICENSE')).toBe(true);
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 securebase contributors\n/);
    expect(pkg.license).toBe('MIT');
    expect(paths.has('README.md')).toBe(true);
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/securebase/securebase.git' });
    expect(pkg.homepage).toBe('https://github.com/securebase/securebase#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/securebase/securebase/issues' });
    expect(pkg.author).toBeTruthy();
    for (const k of ['fhir', 'questionnaire', 'phq-9', 'gad-7', 'ssml', 'cli', 'mental-health', 'psychometrics', 'attachment', 'therapy'])
      expect(pkg.keywords).toContain(k);
  });

  it('ships no sources, tests, docs or source maps', () => {
    const stray = [...paths].filter((f) => /^(src|test|test-browser|docs|bench|scripts|examples)\//.test(f) || f.endsWith('.map'));
    expect(stray).toEqual([]);
  });

  it('every relative link in the Markdown it ships points to a file it ships', () => {
    const md = [...paths].filter((f) => f.endsWith('.md'));
    expect(md).toContain('README.md');
    const broken = md.flatMap((f) =>
      relativeLinks(readFileSync(join(ROOT, f), 'utf8'))
        .map((l) => posix.normalize(posix.join(posix.dirname(f), l)))
        .filter((l) => !paths.has(l) && ![...paths].some((x) => x.startsWith(`${l.replace(/\/$/, '')}/`)))
        .map((l) => `${f} -> ${l}`),
    );
    expect(broken).toEqual([]);
  });

  describe.runIf(built || process.env.CI)('built', () => {
    it('has every file the exports map and the bin name', () => {
      const targets = [
        ...Object.entries(pkg.exports as Record<string, unknown>).flatMap(([k, v]) =>
          k === './package.json' ? [] : Object.values(v as Record<string, Record<string, string>>).flatMap((c) => Object.values(c)),
        ),
        pkg.bin.securebase,
      ];
      expect(targets.map((t: string) => posix.normalize(t)).filter((t) => !paths.has(t))).toEqual([]);
    });

    it('bundles the command line’s own dependencies, so an app that uses the library never installs them', () => {
      const cliDeps = ['cli-progress', 'csv-parse', 'csv-stringify'];
      for (const d of cliDeps) {
        expect(Object.keys(pkg.dependencies ?? {})).not.toContain(d);
        expect(Object.keys(pkg.devDependencies ?? {})).toContain(d);
      }
      const js = [...paths].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
      const bare = js.filter((f) =>
        /\b(?:from|import\(|require\()\s*["'](?:cli-progress|csv-parse|csv-stringify|string-width)\b/.test(readFileSync(join(ROOT, f), 'utf8')),
      );
      expect(bare).toEqual([]);
      expect(paths.has('dist/cli-third-party-licenses.md')).toBe(true);
      const notices = readFileSync(join(ROOT, 'dist/cli-third-party-licenses.md'), 'utf8');
      for (const d of cliDeps) expect(notices).toMatch(new RegExp(`^## ${d}@\\S+ \\(MIT\\)$`, 'm'));
      expect(notices).toContain('Permission is hereby granted, free of charge');
    });

    it(`stays within its packed-size budget (${PACKED_BUDGET} B packed, ${UNPACKED_BUDGET} B unpacked)`, () => {
      expect(p.size).toBeLessThanOrEqual(PACKED_BUDGET);
      expect(p.unpackedSize).toBeLessThanOrEqual(UNPACKED_BUDGET);
    });

    it('passes `npm publish --dry-run` offline, with no warning but the missing login', async () => {
      const r = await run(NPM, ['publish', '--dry-run', '--offline', '--ignore-scripts', '--json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
      const warnings = r.stderr.split('\n').filter((l) => /\b(warn|ERR)/i.test(l) && !/requires you to be logged in/.test(l));
      expect(warnings).toEqual([]);
      const published = JSON.parse(r.stdout)[pkg.name];
      expect(published.name).toBe(pkg.name);
      expect(published.files.length).toBe(p.files.length);
    });
  });
});
