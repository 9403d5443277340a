import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Account } from '../../src-shared/contract/accounts';
import type { Member } from '../../src-shared/contract/team';

// The floor of the first-paint budget: a plain HTML page holding the rows the accounts screen
// shows, with no script. It is put beside the built renderer, so `opsbench web` serves it as it
// serves the app (same server, same token, same Chromium), and removed afterwards.

const FILE = 'bench-static-table.html';
/** The accounts screen shows this many rows on its first page. */
const ROWS_SHOWN = 20;

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The accounts table's columns, one text per cell. */
function cells(account: Account, members: Member[]): string[] {
  const owner = members.find((m) => m.id === account.ownerId)?.name ?? '';
  return [
    account.name,
    account.platform,
    account.purpose,
    account.businessLine,
    account.followers.toLocaleString('zh-CN'),
    account.verified ? '已认证' : '未认证',
    owner,
    account.naming.status,
    account.updatedAt.slice(5, 10),
    '编辑 删除',
  ];
}

export function staticTablePage(accounts: Account[], members: Member[]): string {
  const head = ['账号名称', '平台', '类型', '业态', '粉丝数', '认证', '负责人', '命名', '更新', '操作'];
  const rows = accounts.slice(0, ROWS_SHOWN).map(
    (a) =>
      `<tr data-row-key="${escape(a.id)}">${cells(a, members)
        .map((c) => `<td>${escape(c)}</td>`)
        .join('')}</tr>`,
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>OpsBench 运营台</title>
<style>body{margin:0;font:14px system-ui,sans-serif}nav{position:fixed;width:200px;height:100%;border-right:1px solid #f0f0f0}main{margin-left:200px;padding:24px}table{border-collapse:collapse;width:100%}td,th{padding:12px 8px;border-bottom:1px solid #f0f0f0;text-align:left}</style>
</head><body><nav>运营台</nav><main><h4>账号</h4>
<table data-testid="accounts-table"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table></main></body></html>
`;
}

/** Writes the page into the served renderer folder; returns its path on the server and a remover. */
export function publishStaticTable(rendererDir: string, html: string): { path: string; remove(): void } {
  const file = join(rendererDir, FILE);
  writeFileSync(file, html);
  return { path: `/${FILE}`, remove: () => rmSync(file, { force: true }) };
}
