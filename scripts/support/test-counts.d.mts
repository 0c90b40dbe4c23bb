export type TestCounts = { passed: number; failed: number; note: string };

export function readVitestCounts(file: string): TestCounts;
export function readPlaywrightCounts(file: string): TestCounts;
