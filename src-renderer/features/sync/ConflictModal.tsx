import { CloudDownloadOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { Button, Modal, theme, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollMode } from '../../../src-shared/contract/sync';

interface ChoiceProps {
  mode: EnrollMode;
  icon: ReactNode;
  busy: EnrollMode | null;
  onChoose(mode: EnrollMode): void;
}

/** One way out, its consequences next to the button that takes it. */
function Choice({ mode, icon, busy, onChoose }: ChoiceProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <section data-testid={`sync-conflict-${mode}`} style={{ border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadiusLG, padding: '12px 16px', display: 'grid', gap: 8 }}>
      <Typography.Text strong>
        {icon} {t(`sync.conflict.${mode}.title`)}
      </Typography.Text>
      <ul style={{ margin: 0, paddingInlineStart: 20, color: token.colorTextSecondary }}>
        <li>{t(`sync.conflict.${mode}.what`)}</li>
        <li>{t(`sync.conflict.${mode}.note`)}</li>
        {mode === 'merge' && <li style={{ color: token.colorWarningText }}>{t('sync.conflict.merge.duplicates')}</li>}
      </ul>
      <div>
        <Button
          type={mode === 'merge' ? 'primary' : 'default'}
          danger={mode === 'replace'}
          loading={busy === mode}
          disabled={busy !== null && busy !== mode}
          onClick={() => onChoose(mode)}
          data-testid={`sync-conflict-${mode}-button`}
        >
          {t(`sync.conflict.${mode}.action`)}
        </Button>
      </div>
    </section>
  );
}

/** Both this workspace and HQ hold data: merge them, or back this one up and take HQ's. */
export function ConflictModal({ open, busy, onChoose, onCancel }: { open: boolean; busy: EnrollMode | null; onChoose(mode: EnrollMode): void; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={t('sync.conflict.title')}
      onCancel={busy ? undefined : onCancel}
      closable={!busy}
      maskClosable={false}
      width={600}
      footer={
        <Button onClick={onCancel} disabled={busy !== null}>
          {t('common.cancel')}
        </Button>
      }
    >
      <div data-testid="sync-conflict" style={{ display: 'grid', gap: 12 }}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('sync.conflict.lead')}</Typography.Paragraph>
        <Choice mode="merge" icon={<MergeCellsOutlined />} busy={busy} onChoose={onChoose} />
        <Choice mode="replace" icon={<CloudDownloadOutlined />} busy={busy} onChoose={onChoose} />
      </div>
    </Modal>
  );
}
