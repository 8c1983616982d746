import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// Hand-read answers for one real corpus document (test/gold/corpus/<document id>.json): every
// indicator value with its kind (result or commitment), the period it is for, and how it is
// bounded or qualified; and the entities it names. Quotes are exact substrings of the document
// as the decoder reads it, so each value is located without offsets.

/** '2022', '2022-10', '2025H1', '2018-2022' (a span, e.g. a five-year sum or a plan's years). */
const PeriodText = z.string().regex(/^\d{4}(?:-\d{2}|H[12]|Q[1-4]|[-–—]\d{4})?$/, 'a period: 2022, 2022-10, 2025H1 or 2018-2022');

export const CorpusGoldValue = z
  .object({
    text: z.string().min(1),
    indicator: z.string().min(1),
    value: z.number(),
    max: z.number().optional(),
    unit: z.string().optional(),
    kind: z.enum(['TARGET', 'ACTUAL']),
    period: PeriodText,
    year: z.number().int(),
    comparator: z.enum(['>=', '<=', '=', 'about']).optional(),
    qualifier: z.string().optional(),
  })
  .passthrough();

export const CorpusGoldEntity = z
  .object({
    label: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()).optional(),
    text: z.string().min(1),
    properties: z.record(z.string(), z.unknown()).optional(),
  })
  .passthrough();

export const CorpusGoldDocument = z
  .object({
    document: z.string().min(1),
    split: z.enum(['tune', 'holdout']),
    genre: z.string().min(1),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
      .optional(),
    note: z.string().optional(),
    values: z.array(CorpusGoldValue),
    entities: z.array(CorpusGoldEntity).default([]),
  })
  .passthrough();

export type CorpusGoldValue = z.infer<typeof CorpusGoldValue>;
export type CorpusGoldEntity = z.infer<typeof CorpusGoldEntity>;
export type CorpusGoldDocument = z.infer<typeof CorpusGoldDocument>;

export const parseCorpusGold = (json: unknown): CorpusGoldDocument => CorpusGoldDocument.parse(json);

/** Every `*.json` in a folder, parsed and checked, in file-name order; a bad file names itself. */
export function loadCorpusGold(dir: string): CorpusGoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      try {
        return parseCorpusGold(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      } catch (e) {
        throw new Error(`${f}: ${(e as Error).message}`, { cause: e });
      }
    });
}
