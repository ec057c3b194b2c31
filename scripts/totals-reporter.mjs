// Prints the totals over every engine as the very last line: "N passed, N failed[, N skipped]".
// With TOTALS_FILE set it writes them there as JSON instead, for scripts/test-browsers.mjs to
// add up over its passes and print the one closing line itself.
import { writeFileSync } from 'node:fs';

/** The closing line CI reads. */
export function totalsLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

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
        if (process.env.TOTALS_FILE) writeFileSync(process.env.TOTALS_FILE, JSON.stringify(totals));
        else process.stdout.write(`\n${totalsLine(totals)}\n`);
      });
    },
  };
}
