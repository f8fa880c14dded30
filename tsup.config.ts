import { defineConfig } from 'tsup';
import { CLI, ENTRIES } from './scripts/entries.mjs';

export default defineConfig([
  {
    entry: Object.fromEntries(ENTRIES.map((e) => [e.name, e.source])),
    format: ['esm', 'cjs'],
    // tsup 8.5.1 injects `baseUrl` into its dts build; TypeScript 6 rejects that (TS5101) unless silenced.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: false, // `npm run build` empties dist first; two configs cleaning in parallel would race
    // No source maps in the tarball: they were 4.25 MB of its 8.45 MB unpacked and pointed at src/,
    // which is not shipped. The output is unminified ES2022, readable in a stack trace as it is.
    sourcemap: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
  },
  {
    // The command line: one ESM file for Node, with its shebang. `demo` is its own entry so that
    // examples/demo.mjs (`npm run demo`) calls the same demoText() as `securebase demo`.
    entry: { [CLI.name]: CLI.source, demo: 'src/cli/commands/demo.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    splitting: true, // each command's code loads only when that command runs
    clean: false,
    // The CLI's own dependencies (cli-progress, csv-parse, csv-stringify and theirs) are
    // devDependencies, bundled here, so that an app that uses the library never installs them
    // (8 of the 13 packages a library install pulled in, 2.8 MB) and `npx securebase` still works.
    // cli-progress is CommonJS and requires Node built-ins: the banner gives the ESM output a
    // `require`. Their licences go to dist/cli-third-party-licenses.md (scripts/cli-licenses.mjs).
    noExternal: ['cli-progress', 'csv-parse', 'csv-stringify'],
    metafile: true,
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __securebaseCreateRequire } from 'node:module';\nconst require = __securebaseCreateRequire(import.meta.url);",
    },
    external: ['securebase'],
  },
]);
