// The built-site helpers live in scripts/built-site.ts; this re-export keeps older imports working.
export * from '../../scripts/built-site.ts';
