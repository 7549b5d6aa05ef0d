// The names of HMIP's four healthy prison tests; which tests there are, and their
// order (the order the reports take them), is the schema's.
import { testSchema, type Test } from '../model/schema.ts';

const NAMES: Record<Test, string> = {
  safety: 'Safety',
  respect: 'Respect',
  'purposeful-activity': 'Purposeful activity',
  'rehabilitation-and-release': 'Rehabilitation and release planning',
};

export const TESTS: readonly (readonly [Test, string])[] = testSchema.options.map((t) => [t, NAMES[t]] as const);

export const testName = (test: Test): string => NAMES[test];
