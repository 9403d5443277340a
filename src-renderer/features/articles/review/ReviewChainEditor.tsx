import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../../src-shared/contract/define';
import { levelNames, MAX_REVIEW_LEVELS, rolesForLevel } from '../../../../src-shared/domain/articles/review-flow';
import { translateIssue } from '../../../lib/field-errors';
import { useShowError } from '../../../lib/use-show-error';
import { useTeam } from '../../team/store';
import { reviewStore } from './store';

// 审核流程 in the account form: 1–3 levels (定稿 | 初审 → 终审 | 初审 → 复审 → 终审), a member per
// level among those with the level's role. Saved on its own button: the chain is its own rows.

type Levels = Array<string | null>;

/** An account's review chain, edited and saved apart from the account's fields. */
export function ReviewChainEditor({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const members = useTeam((s) => s.rows);
  const [saved, setSaved] = useState<Levels | null>(null);
  const [levels, setLevels] = useState<Levels>([null]);
  const [issues, setIssues] = useState<ApiIssue[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void reviewStore()
      .getState()
      .readChain(accountId)
      .then((result) => {
        if (!result.ok) return;
        const memberIds = result.data.levels.map((l) => l.memberId);
        setSaved(memberIds);
        setLevels(memberIds);
      });
  }, [accountId]);

  const change = (next: Levels) => {
    setLevels(next);
    setIssues([]);
  };
  const save = async () => {
    setBusy(true);
    const result = await reviewStore().getState().saveChain(accountId, levels);
    setBusy(false);
    if (result.ok) {
      setSaved(result.data.levels.map((l) => l.memberId));
      void message.success(t('common.saved'));
    } else if (result.error.issues?.some((i) => i.path[0] === 'memberIds')) setIssues(result.error.issues);
    else showError(result.error);
  };
  const issueAt = (index: number) => issues.find((i) => i.path[0] === 'memberIds' && (i.path[1] === index || i.path.length === 1));
  const names = levelNames(levels.length);
  const changed = saved !== null && JSON.stringify(saved) !== JSON.stringify(levels);

  return (
    <div data-testid="review-chain-editor" style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('review.chain.hint')}
      </Typography.Paragraph>
      {levels.map((memberId, index) => {
        const roles = rolesForLevel(index + 1, levels.length);
        const issue = issueAt(index);
        return (
          <Form.Item
            key={index}
            label={`${t('review.chain.level', { level: index + 1 })} · ${t(`review.levels.${names[index]!}`)}`}
            validateStatus={issue ? 'error' : undefined}
            help={issue ? translateIssue(t, { message: issue.message, params: issue.params }) : undefined}
            style={{ marginBottom: 12 }}
          >
            <Flex gap={8}>
              <Select
                data-testid={`review-chain-level-${index + 1}`}
                style={{ flex: 1 }}
                allowClear={levels.length === 1}
                placeholder={levels.length === 1 ? t('review.anyApprover') : t('review.chain.member')}
                value={memberId ?? undefined}
                onChange={(value: string | undefined) => change(levels.map((m, i) => (i === index ? (value ?? null) : m)))}
                options={members
                  .filter((m) => m.roles.some((r) => roles.includes(r)))
                  .map((m) => ({ value: m.id, label: t('review.chain.memberOption', { name: m.name, roles: m.roles.map((r) => t(`team.role.${r}`)).join(t('review.chain.roleSeparator')) }) }))}
              />
              {levels.length > 1 && <Button icon={<DeleteOutlined />} aria-label={t('review.chain.removeLevel')} onClick={() => change(levels.filter((_, i) => i !== index))} />}
            </Flex>
          </Form.Item>
        );
      })}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('review.chain.finalHint')}
      </Typography.Paragraph>
      <Flex gap={8}>
        <Button icon={<PlusOutlined />} data-testid="review-chain-add" disabled={levels.length >= MAX_REVIEW_LEVELS} onClick={() => change([null, ...levels])}>
          {t('review.chain.addLevel')}
        </Button>
        <Button type="primary" ghost data-testid="review-chain-save" disabled={!changed} loading={busy} onClick={() => void save()}>
          {t('review.chain.save')}
        </Button>
      </Flex>
    </div>
  );
}
