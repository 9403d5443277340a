import { defineConfig } from 'drizzle-kit';

// The HQ server's schema: one migrations folder for PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src-hq/db/schema.ts',
  out: './migrations/hq',
});
