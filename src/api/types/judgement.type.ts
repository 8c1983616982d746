import { Field, ObjectType } from 'type-graphql';
import type { GraphRelationship, SourceSpan as SpanData } from '../../model';
import { SourceSpan } from './source-span.type';

@ObjectType('Judgement', {
  simpleResolvers: true,
  description: 'Why a value was read as a target or as a reported value, and for which period (判断依据).',
})
export class Judgement {
  @Field({
    description:
      'What decided the kind, most specific first (依据): clause-actual / clause-target (a cue word of its clause: 已, 截至, 力争, 预期), ' +
      'past-year / horizon (a year written before it: 2022年, 到2025年), lead-* / section-* (its paragraph lead or section heading: 过去一年, 发展目标), ' +
      'weak-* (a weaker cue: 建成, 以上), change-start (the level a commitment starts from: 从75%提高到…), ' +
      'stock (what a commitment counts as done already: 已开工的57个项目), genre-* (the document).',
  })
  reason!: string;

  @Field(() => SourceSpan, { nullable: true, description: 'The words that decided it (线索), absent when the genre did.' })
  cue?: SpanData;

  @Field(() => String, {
    nullable: true,
    description:
      'What set the period (时期依据): horizon, as-of, year, last-year, five-years, recent-years, span-end, section, change-start, ' +
      'before-commitments (a result stated among commitments: the year before the document), plan-span, document-year …',
  })
  periodReason?: string;
}

/** The judgement stored on a SETS_TARGET or MEASURED edge (kindReason, kindCueStart/End/Text), if any. */
export function judgementOf(rel: GraphRelationship): Judgement | undefined {
  const p = rel.properties;
  if (typeof p.kindReason !== 'string') return undefined;
  const document = rel.sources[0]?.document;
  const cue =
    typeof p.kindCueStart === 'number' && typeof p.kindCueEnd === 'number' && typeof p.kindCueText === 'string' && document
      ? { document, start: p.kindCueStart, end: p.kindCueEnd, text: p.kindCueText }
      : undefined;
  return { reason: p.kindReason, cue, periodReason: typeof p.periodReason === 'string' ? p.periodReason : undefined };
}
