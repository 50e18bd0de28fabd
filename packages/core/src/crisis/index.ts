export * from './evacuation.ts';
