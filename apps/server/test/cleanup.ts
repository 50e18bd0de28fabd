import { afterAll } from 'vitest';
import { closeTestApps } from './harness.ts';

// After each test file: what its `testApp` calls opened is closed (see `closeTestApps`).
afterAll(closeTestApps);
