#!/usr/bin/env node
// Entry point of the bundled CLI (dist/cli/index.js).
import { cliMain } from './cli-main.js';

process.exitCode = await cliMain(process.argv.slice(2));
