// The import rules `npm run lint:deps` checks (dependency-cruiser): no cycles, and no import back up the pipeline.
// The folders of src/, in pipeline order: a folder may import the folders before it, never one after it.
// CONTRIBUTING.md ("The pipeline, folder by folder") says what each holds.
const PIPELINE = [
  ['settings.ts', 'model', 'threads'], // paths and settings; the data format, the note kinds and note(); work on a second thread
  ['documents'], // a file's bytes → its rows of cells (readers/, and the limits they read within)
  ['parse'], // rows → a plan's items and actions
  ['dataset'], // parsed documents → the dataset and its files
  ['follow-ups'], // what happened next, checked against the dataset
  ['connect'], // themes, similar items, raised again, glossary
  ['search'], // search's words
  ['ingest'], // the ingest driver: documents read apart, then parsed
  // What the pipeline gives: the site, and the reports on the terminal (siblings: either may use the other, in no cycle).
  ['site', 'integrations', 'pages', 'components', 'layouts', 'content.config.ts', 'report'],
];

const folders = (layers) => `^src/(?:${layers.flat().join('|').replaceAll('.', '\\.')})(?:/|$)`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles: a module may not reach itself through its imports, type imports included.',
      from: {},
      to: { circular: true },
    },
    ...PIPELINE.slice(0, -1).map((layer, i) => ({
      name: `no-import-up-from-${layer[0]}`,
      severity: 'error',
      comment: `src/${layer.join(', src/')} may import only what comes before it in the pipeline (.dependency-cruiser.mjs).`,
      from: { path: folders([layer]) },
      to: { path: folders(PIPELINE.slice(i + 1)) },
    })),
    {
      name: 'src-not-to-scripts',
      severity: 'error',
      comment: 'The product does not import the commands that drive it.',
      from: { path: '^src/' },
      to: { path: '^scripts/' },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      comment: 'Product code and scripts never import test helpers (tests/support/).',
      from: { path: '^(?:src|scripts)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^astro:' }, // astro:content is Astro's own virtual module
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:tests/fixtures|generated|dist[^/]*)/' },
    // Type-only imports count: a cycle of types still ties two modules together.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
