// Runs the quizwire CLI in this process and reports its peak RSS on exit (when /usr/bin/time is
// missing). Usage: node bench/child-rss.js <bin/quizwire.js> <args...>
import { pathToFileURL } from 'node:url';

const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`quizwire-bench-maxrss-kb: ${usage.maxRSS} cpu-ms: ${(usage.userCPUTime + usage.systemCPUTime) / 1000}\n`);
});
await import(pathToFileURL(bin).href);
