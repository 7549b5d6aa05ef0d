import type { ReadResult } from '../source.ts';
export function readOdt(_bytes: Uint8Array): ReadResult { return { ok: false, notes: [] }; }
