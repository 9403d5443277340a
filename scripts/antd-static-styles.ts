import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// antd 6 writes its CSS at run time (CSS-in-JS): before the first screen shows, every component
// type builds its style objects, serialises them and inserts a <style>. This plugin does that
// once at build time, with the app's own theme, through antd's documented server-side path
// (`StyleProvider cache` + `extractStyle` of @ant-design/cssinjs), and links the result as a CSS
// file. The file ends with cssinjs's cache map (`.data-ant-cssinjs-cache-path{content:…}`), which
// tells the runtime which styles the file already holds, so it generates only what is missing
// (a component the list below does not render still gets its style at run time, as before).
// The theme's CSS variables stay at run time: they are cheap and follow ConfigProvider.

/** Renders each antd component the renderer imports, as the app would show it (dev-time only). */
export function extractAntdStyles(sourceDir: string, theme: object): string {
  const previousEnv = process.env.NODE_ENV;
  // antd names its class hash after the environment (`css-dev-only-…` outside production).
  process.env.NODE_ENV = 'production';
  try {
    const require = createRequire(import.meta.url);
    const React = require('react') as typeof import('react');
    const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
    const antd = require('antd') as Record<string, unknown>;
    const cssinjs = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
    const h = React.createElement as (type: unknown, props?: object | null, ...children: unknown[]) => React.ReactElement;
    const nodes = importedAntdNames(sourceDir)
      .filter((name) => name in antd)
      .map((name) => h(React.Fragment, { key: name }, sample(h, antd, name)));
    const cache = cssinjs.createCache();
    renderToString(h(cssinjs.StyleProvider, { cache }, h(antd.ConfigProvider, { theme }, h(antd.App, null, nodes))));
    return cssinjs.extractStyle(cache, { plain: true, types: ['style'] });
  } finally {
    process.env.NODE_ENV = previousEnv;
  }
}

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;
type Component = { _InternalPanelDoNotUseOrYouWillBeFired?: unknown } & Record<string, unknown>;

/** One instance of `name` that makes antd register the styles the app's screens use. */
function sample(h: H, antd: Record<string, unknown>, name: string): unknown {
  const C = antd[name] as Component;
  const panel = C._InternalPanelDoNotUseOrYouWillBeFired;
  const column = { title: 'a', dataIndex: 'a', key: 'a', sorter: true, filters: [{ text: 'a', value: 'a' }] };
  switch (name) {
    case 'Table':
      return h(C, { columns: [column], dataSource: [{ key: '1', a: 'a' }], rowSelection: {}, pagination: { total: 100 } });
    case 'Menu':
      return h(C, { mode: 'inline', items: [{ key: 'a', label: 'a', icon: h('span') }, { key: 'b', label: 'b', children: [{ key: 'c', label: 'c' }] }] });
    case 'Drawer':
    case 'Modal':
      return h(C, { open: true, getContainer: false, title: 'a', footer: name === 'Modal' ? undefined : h('div') }, 'a');
    case 'Dropdown':
      return h(C, { menu: { items: [{ key: 'a', label: 'a' }] }, open: true, getPopupContainer: undefined }, h('span'));
    case 'Tabs':
      return h(C, { items: [{ key: 'a', label: 'a', children: 'a' }] });
    case 'Tree':
      return h(C, { treeData: [{ key: 'a', title: 'a', children: [{ key: 'b', title: 'b' }] }], defaultExpandAll: true, draggable: true });
    case 'Descriptions':
      return h(C, { bordered: true, items: [{ key: 'a', label: 'a', children: 'a' }] });
    case 'Upload':
      return h(C.Dragger as unknown, null, 'a');
    case 'Layout':
      return h(C, null, h(C.Sider as unknown, { theme: 'light' }), h(C.Header as unknown), h(C.Content as unknown));
    case 'Typography':
      return [h(C.Title as unknown, { level: 4 }, 'a'), h(C.Text as unknown, null, 'a'), h(C.Paragraph as unknown, null, 'a'), h(C.Link as unknown, null, 'a')];
    case 'List':
      return h(C, { dataSource: ['a'], renderItem: (item: string) => h(C.Item as unknown, null, item) });
    case 'Tag':
      // A preset colour and a status colour each add a style of their own.
      return [h(C, null), h(C, { color: 'blue' }), h(C, { color: 'success' })];
    case 'Segmented':
      return h(C, { options: ['a', 'b'] });
    case 'Result':
      return h(C, { status: 'error', title: 'a' });
    case 'Form':
      return h(C, null, h(C.Item as unknown, { label: 'a', required: true, help: 'a', validateStatus: 'error' }, h(antd.Input, null)));
    case 'Input':
      return [h(C, { allowClear: true, prefix: h('span') }), h(C.TextArea as unknown, null), h(C.Search as unknown, null)];
    case 'Select':
    case 'DatePicker':
      return [h(C, name === 'Select' ? { mode: 'multiple', value: ['a'], options: [{ value: 'a', label: 'a' }] } : null), panel && h(panel, null), name === 'DatePicker' && h(C.RangePicker as unknown, null)];
    default:
      return [h(C, null), panel && h(panel, null)];
  }
}

/** The names the renderer imports from 'antd' (`import { Button, Table } from 'antd'`). */
export function importedAntdNames(sourceDir: string): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.tsx?$/.test(file)) continue;
    const text = readFileSync(join(sourceDir, file), 'utf8');
    for (const match of text.matchAll(/import\s*\{([^}]+)\}\s*from\s*'antd'/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.trim().split(/\s+as\s+/)[0]!.trim();
        if (/^[A-Z]/.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort();
}

const ASSET_NAME = 'antd.css';

/** Emits the extracted styles as a hashed CSS file and links it first in index.html's head. */
export function antdStaticStyles(options: { sourceDir: string; theme: object }): Plugin {
  let base = './';
  return {
    name: 'opsbench:antd-static-styles',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      this.emitFile({ type: 'asset', name: ASSET_NAME, source: extractAntdStyles(options.sourceDir, options.theme) });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const asset = Object.values(bundle ?? {}).find((file) => file.type === 'asset' && file.names.includes(ASSET_NAME));
        if (!asset) throw new Error(`${ASSET_NAME} was not emitted`);
        return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `${base}${asset.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
