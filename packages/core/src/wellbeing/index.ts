export * from './stress-support.ts';
