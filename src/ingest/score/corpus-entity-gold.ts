import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

// The real-document gold (test/gold/corpus/<document id>.json): hand-read values and entities of
// corpus documents, each file marked tune or holdout. Only what the entity scorer needs is
// checked here; the value fields belong to the value scorer.

export const ENTITY_KINDS = ['Plan', 'Agency', 'EngineeringProject'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const CorpusEntity = z
  .object({
    label: z.string().min(1),
    name: z.string().min(1),
    aliases: z.array(z.string()).optional().nullable(),
    text: z.string().min(1),
    properties: z.record(z.string(), z.unknown()).optional().nullable(),
  })
  .passthrough();

export const CorpusGold = z
  .object({
    document: z.string().min(1),
    split: z.enum(['tune', 'holdout']),
    entities: z.array(CorpusEntity).default([]),
  })
  .passthrough();

export type CorpusEntity = z.infer<typeof CorpusEntity>;
export type CorpusGold = z.infer<typeof CorpusGold>;

/** Every `*.json` of a folder (README and other files skipped), parsed, in file-name order. */
export function loadCorpusEntityGold(dir: string): CorpusGold[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      try {
        return CorpusGold.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      } catch (e) {
        throw new Error(`${join(dir, f)}: not a corpus gold document (${(e as Error).message.slice(0, 200)})`, { cause: e });
      }
    });
}
