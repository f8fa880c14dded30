// securebase is imported from the repository source (no build of the library needed): the alias
// points `securebase` at ../../src/index.ts. An app using the published package drops the alias.
import { fileURLToPath } from 'node:url';

export default {
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: { securebase: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) } },
  server: { fs: { allow: [fileURLToPath(new URL('../..', import.meta.url))] } },
  build: { outDir: 'dist', emptyOutDir: true },
};
