export * from './accounts';
export * from './calendar';
export * from './columns';
export * from './holidays';
export * from './local';
export * from './menus';
export * from './team';
export * from './workspace';
