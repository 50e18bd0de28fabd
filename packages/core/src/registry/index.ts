export * from './invariants.ts';
