// Prints the totals over every engine as the very last line: "N passed, N failed[, N skipped]".
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function totalsReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    start() {
      // Written on exit, so that it stays the last line after Web Test Runner's own summary.
      process.once('exit', () => {
        if (!totals) return;
        const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
        process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`);
      });
    },
  };
}
