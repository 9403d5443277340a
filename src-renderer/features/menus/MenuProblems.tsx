import { Alert, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MenuNode, MenuProblem } from '../../../src-shared/domain/menus/menu-rules';
import { nodeAt } from './menu-draft';

/** The live list of what breaks (errors) or weakens (warnings) the menu, with where it is. */
export function MenuProblems({ items, problems, onSelect }: { items: MenuNode[]; problems: MenuProblem[]; onSelect: (path: number[]) => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return <Alert data-testid="menu-problems-none" type="success" showIcon title={t('menu.noProblems')} />;

  const where = (path: number[]): string => {
    if (path.length === 0) return t('menu.path.menu');
    const name = nodeAt(items, path)?.name.trim();
    const position = path.length === 1 ? t('menu.path.top', { n: path[0]! + 1 }) : t('menu.path.sub', { n: path[0]! + 1, m: path[1]! + 1 });
    return name ? t('menu.path.named', { position, name }) : position;
  };

  return (
    <List
      data-testid="menu-problems"
      size="small"
      bordered
      dataSource={problems}
      renderItem={(p) => (
        <List.Item style={{ cursor: p.path.length ? 'pointer' : undefined }} onClick={() => p.path.length && onSelect(p.path)}>
          <Alert style={{ width: '100%' }} type={p.severity === 'error' ? 'error' : 'warning'} showIcon title={t('menu.problemAt', { where: where(p.path), problem: t(`menu.problems.${p.code}`, p.params ?? {}) })} />
        </List.Item>
      )}
    />
  );
}
