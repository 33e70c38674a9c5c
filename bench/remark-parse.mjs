// The baseline of the benchmark (issue 8, target 2): a bare remark parse of a file in its own
// process, `unified().use(remarkParse).parse(text)`, nothing else.
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node bench/remark-parse.mjs <file>\n');
  process.exit(2);
}
const tree = unified().use(remarkParse).parse(readFileSync(file, 'utf8'));
// Touch the result so that the parse cannot be dropped as dead code.
if (tree.children.length < 0) process.stdout.write('impossible\n');
