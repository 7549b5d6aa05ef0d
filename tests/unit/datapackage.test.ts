// The Data Package descriptor beside the CSV files: every column named as the CSV names it, typed from the schema.
import { describe, expect, it } from 'vitest';
import { dataPackage, type TableField } from '../../src/dataset/datapackage.ts';
import { ACTION_COLUMNS, ITEM_COLUMNS, PLAN_COLUMNS } from '../../src/dataset/csv.ts';
import { FOLLOW_UP_COLUMNS } from '../../src/dataset/follow-ups-csv.ts';

interface Resource {
  name: string;
  path: string;
  schema: { fields: TableField[]; primaryKey?: string[]; foreignKeys?: unknown[] };
}
const resources = (dataPackage() as { resources: Resource[] }).resources;
const field = (resource: string, name: string) =>
  resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;

describe('datapackage.json', () => {
  it('describes the four CSV files beside it, each column in the order the CSV prints it', () => {
    expect(resources.map((r) => [r.name, r.path])).toEqual([
      ['items', 'items.csv'],
      ['actions', 'actions.csv'],
      ['plans', 'plans.csv'],
      ['follow-ups', 'follow-ups.csv'],
    ]);
    expect(resources[0]!.schema.fields.map((f) => f.name)).toEqual(ITEM_COLUMNS.map((c) => c.name));
    expect(resources[1]!.schema.fields.map((f) => f.name)).toEqual(ACTION_COLUMNS.map((c) => c.name));
    expect(resources[2]!.schema.fields.map((f) => f.name)).toEqual(PLAN_COLUMNS.map((c) => c.name));
    expect(resources[3]!.schema.fields.map((f) => f.name)).toEqual(FOLLOW_UP_COLUMNS.map((c) => c.name));
  });

  it('types each column from the schema: numbers of items as text, dates as dates, flags as booleans', () => {
    expect(field('items', 'id').type).toBe('string');
    expect(field('items', 'key').type).toBe('string');
    expect(field('items', 'inspection_start').type).toBe('date');
    expect(field('items', 'id_inferred').type).toBe('boolean');
    expect(field('items', 'actions').type).toBe('integer');
    expect(field('items', 'status').constraints).toEqual({
      enum: ['agreed', 'partly_agreed', 'not_agreed', 'not_recognised'],
    });
    expect(field('actions', 'due').type).toBe('string');
    expect(field('actions', 'action').type).toBe('integer');
    expect(field('plans', 'year').type).toBe('integer');
    expect(field('plans', 'text')).toMatchObject({ type: 'string', format: 'uri' });
    // What the plan prints outside its items: dates as printed are text, never dates; lists joined are text.
    for (const name of [
      'notes',
      'inspection_as_written',
      'report_published_as_written',
      'plan_submitted_as_written',
      'inspection_parts',
      'sign_off',
    ])
      expect(field('plans', name).type, name).toBe('string');
    expect(field('items', 'latest_verdict_date').type).toBe('date');
    expect(field('follow-ups', 'item').type).toBe('string');
    expect(field('follow-ups', 'date').type).toBe('date');
    expect(field('follow-ups', 'self_reported').type).toBe('boolean');
    expect(field('follow-ups', 'source').constraints).toEqual({
      enum: ['full-inspection', 'irp', 'urgent-notification', 'hmpps-update'],
    });
  });

  it('ties each action and each judgement to its item', () => {
    expect(resources[3]!.schema.foreignKeys).toEqual([
      { fields: ['item_key'], reference: { resource: 'items', fields: ['key'] } },
    ]);
    expect(resources[1]!.schema.primaryKey).toEqual(['item_key', 'action']);
    expect(resources[1]!.schema.foreignKeys).toEqual([
      { fields: ['item_key'], reference: { resource: 'items', fields: ['key'] } },
    ]);
  });
});
