import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context/context';
import { forbidden } from '../conventions/errors';

// The one write the API offers: ingest runs from the CLI; here a document can only be withdrawn.
// Guarded by the configured write key (header x-api-key); without a key, writes are off.

@Resolver()
export class AdminResolver {
  @Mutation(() => Boolean, {
    description: 'Remove a document and every fact only it supported (撤回文档); needs the write key. False when unknown.',
  })
  async removeDocument(
    @Arg('id', () => ID, { description: 'Document id, its file name without extension (文档标识).' }) id: string,
    @Ctx() ctx: ApiContext,
  ) {
    if (!ctx.canWrite) throw forbidden('Writes need a valid x-api-key header');
    return ctx.store.removeDocument(id);
  }
}
