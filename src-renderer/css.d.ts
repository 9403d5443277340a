// Vite bundles CSS that a module imports for its side effect (features/calendar/calendar.css).
declare module '*.css';
