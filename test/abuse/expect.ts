import type { Harness } from '../api/harness';

// Shared checks for the abuse suites: which error codes a response carried, and that the server
// still answers an ordinary question after being probed.

export interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export const codesOf = (body: ErrorBody): unknown[] => (body.errors ?? []).map((e) => e.extensions?.code);

/** Reads a response as JSON (every refusal must still be a GraphQL-shaped JSON body). */
export async function jsonOf(res: Response): Promise<{ status: number; body: ErrorBody }> {
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as ErrorBody };
}

/** A normal lookup answered correctly: the server survived whatever came before. */
export async function expectAlive(h: Harness): Promise<void> {
  const r = await h.gql<{ indicator: { name: string; aliases: string[] } | null }>('{ indicator(name: "5G基站") { name aliases } }');
  expect(r.status).toBe(200);
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data?.indicator?.name).toBe('5G基站数');
}
