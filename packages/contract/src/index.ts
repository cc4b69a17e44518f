export * from './primitives.js';
export * from './problem.js';
export * from './domain.js';
export * from './messaging.js';
export * from './scheduling.js';
export * from './requests.js';
export * from './rules.js';
export * from './routes.js';
