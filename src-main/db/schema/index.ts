export * from './accounts';
export * from './calendar';
export * from './local';
export * from './team';
export * from './workspace';
