// Loaded with `node --import` in tests: records every ES module file the process loads (to stderr, prefixed),
// so a test can check that `convert` never loads the AWS SDK or Octokit chunks of the bundle.
import { register } from 'node:module';
register('./log-modules-hooks.mjs', import.meta.url);
