export * from './surge.ts';
