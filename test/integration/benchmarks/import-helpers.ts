import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { WORKSPACE_FILE } from '../../../src-main/session/backend';
import { anAccount, openTestBackend, type TestBackend } from '../../helpers/backend';

// What the benchmarks import tests share: files made as the tools make them, and a look at what
// the workspace holds afterwards (the benchmarks' list methods belong to another helper).

export const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** A workbook of one sheet with these rows (the first is the header). */
export async function workbook(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('文章列表');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The rows of a table as stored (live ones), for assertions. */
export function stored(backend: TestBackend, sql: string, ...params: unknown[]): Array<Record<string, unknown>> {
  const db = new Database(join(backend.dataDir, WORKSPACE_FILE), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
}

export const count = (backend: TestBackend, table: string) => stored(backend, `SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`)[0]!.n as number;

/** A workspace with one own WeChat account (悦汇·上海生活, yuehui_sh_life) and one peer already registered. */
export async function setUp() {
  const backend = openTestBackend();
  const own = await backend.api.accounts.create(anAccount({ name: '悦汇·上海生活', handle: 'yuehui_sh_life' }));
  await backend.api.accounts.create(anAccount({ name: '悦汇视频号', handle: '', platform: 'channels' }));
  const db = new Database(join(backend.dataDir, WORKSPACE_FILE));
  db.prepare("INSERT INTO peer_accounts (id, created_at, updated_at, name, handle) VALUES ('peer-known', '', '', '城市漫游指南', 'city_walk')").run();
  db.close();
  return { backend, own };
}
