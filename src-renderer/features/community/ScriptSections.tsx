import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCRIPT_KINDS, type CommunityGroup, type Script, type ScriptKind } from '../../../src-shared/contract/community';
import { useUndoable } from '../../components/use-undo';
import { useShowError } from '../../lib/use-show-error';
import { ScriptFormDrawer, type ScriptDraft } from './ScriptFormDrawer';
import { communityStore } from './store';

interface Props {
  /** Whose scripts: a group's id, or null for the templates. */
  groupId: string | null;
  scripts: Script[];
  /** Templates only: the group 用到本群 copies into. */
  target?: CommunityGroup;
}

/** A group's scripts (or the templates) by kind: copy, edit, order, delete with undo; templates copy into the group. */
export function ScriptSections({ groupId, scripts, target }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ScriptDraft | null>(null);
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {SCRIPT_KINDS.map((kind) => {
        const ofKind = scripts.filter((s) => s.kind === kind);
        return (
          <Card
            key={kind}
            size="small"
            data-testid={`scripts-${kind}`}
            title={t(`community.kind.${kind}`)}
            extra={
              <Button size="small" type="link" icon={<PlusOutlined />} data-testid={`script-add-${kind}`} onClick={() => setDraft({ groupId, kind })}>
                {t('community.script.add', { kind: t(`community.kind.${kind}`) })}
              </Button>
            }
          >
            {ofKind.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ margin: 4 }} description={t('community.script.none', { kind: t(`community.kind.${kind}`) })} />
            ) : (
              ofKind.map((script, index) => <ScriptRow key={script.id} script={script} kind={kind} siblings={ofKind} index={index} target={target} onEdit={() => setDraft({ script })} />)
            )}
          </Card>
        );
      })}
      <ScriptFormDrawer draft={draft} onClose={() => setDraft(null)} />
    </Space>
  );
}

interface RowProps {
  script: Script;
  kind: ScriptKind;
  siblings: Script[];
  index: number;
  target?: CommunityGroup;
  onEdit: () => void;
}

function ScriptRow({ script, kind, siblings, index, target, onEdit }: RowProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const undoable = useUndoable();
  const store = communityStore().getState();
  const title = script.title || t('community.script.untitled');

  async function copy() {
    try {
      await navigator.clipboard.writeText(script.text);
      void message.success(t('community.script.copied'));
    } catch (error) {
      showError({ code: 'internal', message: String(error) });
    }
  }

  async function move(by: -1 | 1) {
    const ids = siblings.map((s) => s.id);
    [ids[index], ids[index + by]] = [ids[index + by]!, ids[index]!];
    const result = await store.reorder(ids);
    if (!result.ok) showError(result.error);
  }

  async function copyInto(group: CommunityGroup) {
    const result = await store.copyTemplate(script.id, group.id);
    if (result.ok) void message.success(t('community.templates.used', { title, group: group.name }));
    else showError(result.error);
  }

  return (
    <div data-testid="script" style={{ display: 'flex', gap: 12, padding: '8px 0', borderTop: index ? '1px solid #f0f0f0' : undefined }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Space size={6} style={{ marginBottom: 4 }}>
          {kind === 'keyword' && (
            <Tag color="blue" data-testid="script-keyword">
              {script.keyword}
            </Tag>
          )}
          {(kind !== 'keyword' || script.title) && (
            <Typography.Text strong data-testid="script-title">
              {title}
            </Typography.Text>
          )}
        </Space>
        <Typography.Paragraph data-testid="script-text" ellipsis={{ rows: 3, expandable: 'collapsible' }} style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {kind === 'keyword' ? `→ ${script.text}` : script.text}
        </Typography.Paragraph>
      </div>
      <Space size={0} align="start">
        {target && (
          <Button size="small" type="primary" ghost data-testid="template-use" onClick={() => void copyInto(target)}>
            {t('community.templates.use')}
          </Button>
        )}
        <Tooltip title={t('community.script.copy')}>
          <Button size="small" type="text" icon={<CopyOutlined />} aria-label={t('community.script.copy')} data-testid="script-copy" onClick={() => void copy()} />
        </Tooltip>
        <Tooltip title={t('common.edit')}>
          <Button size="small" type="text" icon={<EditOutlined />} aria-label={t('common.edit')} data-testid="script-edit" onClick={onEdit} />
        </Tooltip>
        <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label={t('community.script.moveUp')} title={t('community.script.moveUp')} disabled={index === 0} onClick={() => void move(-1)} />
        <Button
          size="small"
          type="text"
          icon={<ArrowDownOutlined />}
          aria-label={t('community.script.moveDown')}
          title={t('community.script.moveDown')}
          disabled={index === siblings.length - 1}
          onClick={() => void move(1)}
        />
        <Popconfirm
          title={t('community.script.deleteConfirm')}
          okText={t('common.delete')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            void undoable(
              () => store.removeScript(script.id),
              t('community.script.deleted', { title }),
              () => store.restoreScript(script.id),
            )
          }
        >
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} data-testid="script-delete" />
        </Popconfirm>
      </Space>
    </div>
  );
}
