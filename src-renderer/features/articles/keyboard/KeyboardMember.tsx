import { UserOutlined } from '@ant-design/icons';
import { Button, Modal, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../lib/use-show-error';
import { OwnerSelect } from '../../team/OwnerSelect';
import { useTeam } from '../../team/store';
import { keyboardStore, useKeyboard } from './store';

/**
 * Who is at the keyboard, in the article page's header: the member's name, which opens the
 * question to switch; and the question itself, asked by itself the first time an article opens
 * on a device where nobody is chosen.
 */
export function KeyboardMember() {
  const { t } = useTranslation();
  const memberId = useKeyboard((s) => s.memberId);
  const loaded = useKeyboard((s) => s.loaded);
  const skipped = useKeyboard((s) => s.skipped);
  const member = useTeam((s) => s.rows.find((m) => m.id === memberId));
  const hasTeam = useTeam((s) => s.rows.length > 0);
  const [switching, setSwitching] = useState(false);
  useEffect(() => {
    void keyboardStore().getState().load();
  }, []);

  // Asked by itself only when there is someone to pick: a team of nobody is added from the header's button.
  const asking = switching || (loaded && memberId === null && !skipped && hasTeam);
  return (
    <>
      <Tooltip title={t('articles.keyboard.switchHint')}>
        <Button icon={<UserOutlined />} onClick={() => setSwitching(true)} data-testid="keyboard-member">
          {member ? member.name : t('articles.keyboard.nobody')}
        </Button>
      </Tooltip>
      {asking && (
        <KeyboardQuestion
          current={memberId}
          onDone={() => setSwitching(false)}
          onSkip={() => {
            if (!switching) keyboardStore().getState().skip();
            setSwitching(false);
          }}
        />
      )}
    </>
  );
}

function KeyboardQuestion({ current, onDone, onSkip }: { current: string | null; onDone: () => void; onSkip: () => void }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const members = useTeam((s) => s.rows);
  const [saving, setSaving] = useState(false);

  async function choose(memberId: string | null) {
    if (!memberId) return;
    setSaving(true);
    const result = await keyboardStore().getState().choose(memberId);
    setSaving(false);
    if (result.ok) onDone();
    else showError(result.error);
  }

  return (
    <Modal open title={t('articles.keyboard.question')} footer={null} onCancel={onSkip} width={440}>
      <div className="keyboard-question" data-testid="keyboard-question">
        <Typography.Paragraph type="secondary">{t('articles.keyboard.why')}</Typography.Paragraph>
        <Space wrap size={8} style={{ marginBottom: 16 }}>
          {members.map((m) => (
            <Button key={m.id} type={m.id === current ? 'primary' : 'default'} disabled={saving} onClick={() => void choose(m.id)} data-testid="keyboard-choice">
              {m.name}
            </Button>
          ))}
        </Space>
        <OwnerSelect value={null} onChange={(id) => void choose(id)} placeholder={members.length ? t('articles.keyboard.other') : t('articles.keyboard.first')} data-testid="keyboard-add" />
      </div>
    </Modal>
  );
}
