#!/usr/bin/env node
// The Fieldsafe command line. Runs from a bundle of its sources (rebuilt when they changed, as
// `npm start` does for the server): plain Node, no TypeScript loader compiling on every run.
import { pathToFileURL } from 'node:url';
import { buildServer } from '../../../scripts/build-server.mjs';

const bundle = await buildServer('src/cli/main.ts', 'cli');
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
