export * from './invariants.ts';
export * from './kinds.ts';
export * from './security-cell.ts';
