export * from './access/index.ts';
export * from './registry/index.ts';
export * from './risk/index.ts';
export * from './compliance/index.ts';
export * from './training/index.ts';
export * from './travel/index.ts';
export * from './budget/index.ts';
