// HMIP's four healthy prison tests, in the order the reports take them, with their names.
import type { Test } from '../model/schema.ts';

export const TESTS: readonly (readonly [Test, string])[] = [
  ['safety', 'Safety'],
  ['respect', 'Respect'],
  ['purposeful-activity', 'Purposeful activity'],
  ['rehabilitation-and-release', 'Rehabilitation and release planning'],
];

export const testName = (test: Test): string => TESTS.find(([t]) => t === test)![1];
