import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', instruments: 'src/instruments/index.ts' },
  format: ['esm', 'cjs'],
  // tsup 8.5.1 injects `baseUrl` into its dts build; TypeScript 6 rejects that (TS5101) unless silenced.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
});
