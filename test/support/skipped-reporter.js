// Lists every skipped test by its full name after the run, so a suite that skips itself (the
// Neo4j contract run without NEO4J_URI) says so, with its reason, instead of silently vanishing.
class SkippedReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.testResults.flatMap((file) =>
      file.testResults.filter((t) => t.status === 'pending' || t.status === 'skipped').map((t) => t.fullName),
    );
    if (skipped.length === 0) return;
    process.stderr.write(`\nSkipped (${skipped.length}):\n${skipped.map((n) => `  - ${n}\n`).join('')}`);
  }
}
module.exports = SkippedReporter;
