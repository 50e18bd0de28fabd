export * from './drills.ts';
