export * from './invariants.ts';
export * from './kinds.ts';
