// Runs the quizwire CLI in this process and reports its peak RSS on exit (when /usr/bin/time is
// missing). Usage: node bench/child-rss.js <bin/quizwire.js> <args...>
import { pathToFileURL } from 'node:url';

const [bin, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], bin, ...args];
process.on('exit', () => {
  process.stderr.write(`quizwire-bench-maxrss-kb: ${process.resourceUsage().maxRSS}\n`);
});
await import(pathToFileURL(bin).href);
