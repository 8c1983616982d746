/** A file that cannot be read as a document; `reason` is one line naming the problem. */
export class DocumentRejected extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DocumentRejected';
  }
}
