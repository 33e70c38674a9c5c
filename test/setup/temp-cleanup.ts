// Run before every test file (vitest.config.ts setupFiles): registers, for that file, the
// removal of the temporary folders its tests made through test/setup/temp.ts.
import { afterAll, afterEach } from 'vitest';
import { removeFileDirs, removeTestDirs } from './temp.js';

afterEach(removeTestDirs);
afterAll(removeFileDirs);
