export * from './registry.ts';
export * from './identity.ts';
