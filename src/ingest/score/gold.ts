import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Hand-checked answers for one document (test/gold/<document id>.json): the entities, values,
// clauses and lineage links a careful analyst reads in it. Every `text` is an exact substring
// of the document it names, so each fact can be located without offsets.

const Where = z.object({ document: z.string().min(1), text: z.string().min(1) });

export const GoldEntity = z.object({
  label: z.enum(['Plan', 'EngineeringProject', 'Platform', 'Agency', 'Indicator']),
  name: z.string().min(1),
  aliases: z.array(z.string()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  text: z.string().min(1),
});

export const GoldValue = z
  .object({
    indicator: z.string().min(1),
    kind: z.enum(['TARGET', 'ACTUAL']),
    value: z.number(),
    unit: z.string().optional(),
    comparator: z.enum(['>=', '<=', '=', 'about']).optional(),
    qualifier: z.string().optional(),
    year: z.number().int(),
    text: z.string().min(1),
  })
  .passthrough();

export const GoldClause = z.object({ label: z.enum(['Task', 'Result']), text: z.string().min(1) }).passthrough();

export const GoldLink = z.object({
  type: z.enum(['LED_TO', 'CONTINUED_BY']),
  basis: z.enum(['indicator', 'platform', 'project', 'text']),
  from: Where,
  to: Where,
});

export const GoldDocument = z.object({
  document: z.string().min(1),
  period: z.string().optional(),
  note: z.string().optional(),
  entities: z.array(GoldEntity),
  values: z.array(GoldValue),
  clauses: z.array(GoldClause).default([]),
  links: z.array(GoldLink).default([]),
});

export type GoldEntity = z.infer<typeof GoldEntity>;
export type GoldValue = z.infer<typeof GoldValue>;
export type GoldClause = z.infer<typeof GoldClause>;
export type GoldLink = z.infer<typeof GoldLink>;
export type GoldDocument = z.infer<typeof GoldDocument>;

export const parseGold = (json: unknown): GoldDocument => GoldDocument.parse(json);

/** Every `*.json` in a folder, parsed and checked, in file-name order. */
export function loadGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseGold(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}
