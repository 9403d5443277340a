export * from './accounts';
export * from './local';
export * from './team';
export * from './workspace';
