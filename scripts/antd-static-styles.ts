import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

// antd 6 writes its CSS at run time (CSS-in-JS): before the first screen shows, every component
// type builds its style objects, serialises them and inserts a <style>, and every instance runs
// the style hooks again. This plugin renders each antd component the bundle contains once at
// build time, with the app's theme, through antd's documented server-side path (`StyleProvider
// cache` + `extractStyle` of @ant-design/cssinjs), and links the styles as one CSS file. The app
// runs antd with `theme.zeroRuntime` (antd ≥ 6.0), which skips style generation altogether. The
// theme's CSS variables (`--ant-color-primary`, …) stay at run time: antd computes them from
// ConfigProvider at little cost.

/**
 * Renders the antd components `included` names, with their sub-components (`Input.TextArea`,
 * `Layout.Sider`, …) and the variants that add styles of their own, and returns their styles.
 */
export function extractAntdStyles(theme: object, included: (name: string) => boolean): { css: string; failed: string[] } {
  const previousEnv = process.env.NODE_ENV;
  // antd names its class hash after the environment (`css-dev-only-…` outside production).
  process.env.NODE_ENV = 'production';
  try {
    const require = createRequire(import.meta.url);
    const React = require('react') as typeof import('react');
    const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
    const antd = require('antd') as Record<string, unknown>;
    const cssinjs = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
    const h: H = React.createElement as H;
    const cache = cssinjs.createCache();
    // Without zeroRuntime, so that the components register their styles in the cache.
    const themeWithStyles = { ...theme, zeroRuntime: false };
    const failed: string[] = [];
    const render = (node: unknown) => renderToString(h(cssinjs.StyleProvider, { cache }, h(antd.ConfigProvider, { theme: themeWithStyles }, h(antd.App, null, node))) as React.ReactElement);
    for (const [name, component, props] of samples(antd, React.isValidElement).filter(([name]) => included(name.split('.')[0]!))) {
      // Some render their children, some refuse any (Input); one of the two works.
      try {
        render(h(component, props, h('span', null, 'a')));
      } catch {
        try {
          render(h(component, props));
        } catch {
          failed.push(name);
        }
      }
    }
    const css = cssinjs.extractStyle(cache, { plain: true, types: ['style'] });
    // extractStyle ends with a map for server-side rendering's hydration; zeroRuntime reads none.
    return { css: css.replace(/\.data-ant-cssinjs-cache-path\{content:"[^"]*";\}/, ''), failed };
  } finally {
    process.env.NODE_ENV = previousEnv;
  }
}

type H = (type: unknown, props?: object | null, ...children: unknown[]) => unknown;

/** Props that make a component render (or add a style of its own); the rest render bare. */
function variants(name: string): object[] {
  const column = { title: 'a', dataIndex: 'a', key: 'a', sorter: true, ellipsis: true, filters: [{ text: 'a', value: 'a' }] };
  switch (name) {
    case 'Table':
      return [{ columns: [column, { key: 'b', fixed: 'right' }], dataSource: [{ key: '1', a: 'a' }], rowSelection: {}, pagination: { total: 100 }, scroll: { x: 500 } }];
    case 'Tag':
      // A preset colour and a status colour each add a style of their own.
      return [{}, { color: 'blue' }, { color: 'success' }];
    case 'Drawer':
    case 'Modal':
      return [{ open: true, getContainer: false, title: 'a' }];
    case 'Menu':
      return [
        {
          mode: 'inline',
          items: [
            { key: 'a', label: 'a' },
            { key: 'b', label: 'b', children: [{ key: 'c', label: 'c' }] },
          ],
        },
      ];
    case 'Dropdown':
      return [{ menu: { items: [{ key: 'a', label: 'a' }] } }];
    case 'Tabs':
    case 'Collapse':
      return [{ items: [{ key: 'a', label: 'a', children: 'a' }] }];
    case 'Tree':
    case 'DirectoryTree':
      return [{ treeData: [{ key: 'a', title: 'a', children: [{ key: 'b', title: 'b' }] }], defaultExpandAll: true, draggable: true }];
    case 'Descriptions':
      return [{ bordered: true, items: [{ key: 'a', label: 'a', children: 'a' }] }];
    case 'Segmented':
      return [{ options: ['a', 'b'] }];
    case 'Select':
      return [{ mode: 'multiple', value: ['a'], options: [{ value: 'a', label: 'a' }] }];
    case 'List':
      return [{ dataSource: ['a'], renderItem: (item: string) => item }];
    case 'QRCode':
      return [{ value: 'a' }];
    case 'Result':
      return [{ status: 'error', title: 'a' }];
    default:
      return [{}];
  }
}

/**
 * What the app opens through hooks (`modal.confirm`, `message`, `notification`) or only on click
 * (Popconfirm, Popover) has styles of its own that rendering the closed component never asks for;
 * antd's pure panels render the open state in place.
 */
const PANELS: Record<string, object> = {
  Modal: { type: 'confirm', title: 'a', children: 'a' },
  message: { type: 'success', content: 'a' },
  notification: { type: 'success', title: 'a', description: 'a' },
  Popconfirm: { title: 'a', description: 'a' },
  Popover: { title: 'a', content: 'a' },
};

/** [name, component, props] for every component and sub-component antd exports, in each variant. */
function samples(antd: Record<string, unknown>, isElement: (value: unknown) => boolean): Array<[string, unknown, object]> {
  const out: Array<[string, unknown, object]> = [];
  const isComponent = (value: unknown) => (typeof value === 'function' || (typeof value === 'object' && value !== null && '$$typeof' in value)) && !isElement(value);
  const add = (name: string, component: unknown) => {
    for (const props of variants(name.split('.').pop()!)) out.push([name, component, props]);
  };
  for (const [name, component] of Object.entries(antd)) {
    if (!/^[A-Z]/.test(name) || name === 'ConfigProvider' || !isComponent(component)) continue;
    add(name, component);
    for (const [part, sub] of Object.entries(component as object)) {
      // Menu.Item and the like render only inside their parent, which renders them above.
      if (/^[A-Z]/.test(part) && isComponent(sub) && !/^(Menu|Tree|Form|Transfer)\./.test(`${name}.`)) add(`${name}.${part}`, sub);
    }
  }
  for (const [name, props] of Object.entries(PANELS)) {
    const panel = (antd[name] as { _InternalPanelDoNotUseOrYouWillBeFired?: unknown } | undefined)?._InternalPanelDoNotUseOrYouWillBeFired;
    if (panel) out.push([`${name}.panel`, panel, props]);
  }
  return out;
}

/** Components whose styles live in another folder than the component. */
const STYLE_FOLDER: Record<string, string> = { Row: 'grid', Col: 'grid' };

/** antd's components: export name → the folder of its styles (`export { default as Table } from './table'`). */
function antdStyleFolders(): Map<string, string> {
  const barrel = createRequire(import.meta.url).resolve('antd/es/index.js');
  const folders = new Map<string, string>();
  for (const match of readFileSync(barrel, 'utf8').matchAll(/export \{ default as (\w+) \} from '\.\/([\w-]+)';/g)) {
    folders.set(match[1]!, STYLE_FOLDER[match[1]!] ?? match[2]!);
  }
  return folders;
}

/**
 * The antd folders whose style hook is in the bundle: the components the app can render, its own
 * and those antd's use inside (a Table's filter menu). A folder used only for its locale or a
 * context (calendar, color-picker) has no style in the bundle.
 */
function bundledAntdFolders(bundle: OutputBundle): Set<string> {
  const folders = new Set<string>();
  for (const file of Object.values(bundle)) {
    if (file.type !== 'chunk') continue;
    for (const [id, module] of Object.entries(file.modules)) {
      const folder = /[\\/]node_modules[\\/]antd[\\/]es[\\/]([\w-]+)[\\/]style[\\/]/.exec(id)?.[1];
      if (folder && module.renderedLength > 0) folders.add(folder);
    }
  }
  return folders;
}

/**
 * Emits the styles of every antd component the bundle contains as a hashed CSS file and links it
 * in index.html (it runs before Vite's own HTML plugin, whose last step adds the link). The dev
 * server has no bundle: there the page gets every component's styles inline.
 */
export function antdStaticStyles(options: { theme: object }): Plugin {
  let base = './';
  let fileName = '';
  return {
    name: 'opsbench:antd-static-styles',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const bundled = bundledAntdFolders(bundle);
      const folders = antdStyleFolders();
      const { css, failed } = extractAntdStyles(options.theme, (name) => bundled.has(folders.get(name) ?? ''));
      if (failed.length) this.warn(`antd components that could not be rendered for their styles: ${failed.join(', ')}`);
      fileName = this.getFileName(this.emitFile({ type: 'asset', name: 'antd.css', source: css }));
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { server }) {
        if (server) return [{ tag: 'style', children: extractAntdStyles(options.theme, () => true).css, injectTo: 'head' }];
        if (!fileName) throw new Error('antd.css was not emitted before index.html');
        return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `${base}${fileName}` }, injectTo: 'head' }];
      },
    },
  };
}
