import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one closing line, `tests: N passed, N failed, N skipped`, after vitest's own summary,
 * and writes it to `$CAIRN_TEST_SUMMARY` when set so CI can repeat it as its last line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    failed += unhandledErrors.length;
    const line = `tests: ${passed} passed, ${failed} failed, ${skipped} skipped`;
    console.log(`\n${line}`);
    const target = process.env['CAIRN_TEST_SUMMARY'];
    if (target) writeFileSync(target, `${line}\n`);
  }
}
