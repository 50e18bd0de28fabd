export * from './evacuation.ts';
export * from './location.ts';
