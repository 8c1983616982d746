import { DocumentRejected } from '../../decode';

// A per-document budget for segment + extract, so that one crafted file cannot hold an ingest (or
// `serve` at start-up) for minutes nor fill memory: time (a deadline), memory (facts kept) and
// work (steps counted in the extract loops: candidates weighed and facts written). The read-time
// check (read/work-budget) refuses most such files before extraction; this one bounds whatever
// gets through. Far above real documents: in the development corpus one document takes at most
// about 1 s, 2,300 facts and 3,500 steps (0.25 per character).

export interface ExtractLimits {
  /** Milliseconds segment + extract may take for one document. */
  timeMs: number;
  /** Facts (nodes and relationships) one document may yield. */
  maxFacts: number;
  /** Work steps per character of text, plus a fixed allowance for short documents. */
  stepsPerChar: number;
}

export const DEFAULT_EXTRACT_LIMITS: Readonly<ExtractLimits> = { timeMs: 60_000, maxFacts: 100_000, stepsPerChar: 2 };

/** Fixed allowance of steps, so that short documents never meet the per-character budget. */
const BASE_STEPS = 20_000;

export class ExtractBudget {
  private readonly deadline: number;
  private readonly maxSteps: number;
  /** Steps taken so far: deterministic, so tests compare the work of growing inputs. */
  steps = 0;
  facts = 0;

  constructor(
    chars: number,
    readonly limits: ExtractLimits = DEFAULT_EXTRACT_LIMITS,
    started = Date.now(),
  ) {
    this.deadline = started + limits.timeMs;
    this.maxSteps = BASE_STEPS + limits.stepsPerChar * chars;
  }

  /** One step of work; refuses the document, one line, once it is over time or work. */
  step(where: string): void {
    if (++this.steps > this.maxSteps)
      throw new DocumentRejected(`over the work budget: more than ${this.maxSteps} steps while reading ${where}`);
    // The clock is read on the first step and every 32nd after: reading it costs more than a step.
    if ((this.steps & 31) === 1 && Date.now() >= this.deadline)
      throw new DocumentRejected(`over the time budget: reading took more than ${this.limits.timeMs} ms (at ${where})`);
  }

  /** One fact kept; refuses the document once it holds more than the memory budget allows. */
  fact(): void {
    if (++this.facts > this.limits.maxFacts)
      throw new DocumentRejected(`over the memory budget: more than ${this.limits.maxFacts} facts in one document`);
    this.step('facts');
  }
}
