import { build } from 'esbuild';
await build({ entryPoints: [process.argv[2] + '/src/cli/main.ts'], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: process.argv[3], logLevel: 'error',
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
