// Benchmarks: `npm run bench`. Filled in by the robustness/benchmark issue.
console.log('no benchmarks yet');
await import('./quiz-class.js');
