// The package's public entry points, in one place. `npm run gen` writes the `exports` map,
// `typesVersions` and typedoc's entry points from this list, and tsup.config.ts builds it.
export const ENTRIES = [
  { subpath: '.', name: 'index', source: 'src/index.ts' },
  { subpath: './instruments', name: 'instruments', source: 'src/instruments/index.ts' },
  { subpath: './exercises', name: 'exercises', source: 'src/exercises/index.ts' },
  { subpath: './schemas', name: 'schemas', source: 'src/schemas/index.ts' },
  { subpath: './fhir', name: 'fhir', source: 'src/interop/fhir/index.ts' },
  { subpath: './sql', name: 'sql', source: 'src/interop/sql/index.ts' },
  { subpath: './locales/es', name: 'locales-es', source: 'src/locales/es/index.ts' },
  { subpath: './charts', name: 'charts', source: 'src/charts/index.ts' },
];

/** The command line: built as its own entry, published as the `securebase` bin. */
export const CLI = { name: 'cli', source: 'src/cli/main.ts' };
