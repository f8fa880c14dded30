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
    banner: { js: '#!/usr/bin/env node' },
    external: ['securebase'],
  },
]);
