export * from './recommendations.ts';
export * from './smt.ts';
