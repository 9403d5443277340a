import { TeamOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Tabs, theme, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommunityGroup } from '../../../src-shared/contract/community';
import { errorText } from '../../lib/field-errors';
import { navigate } from '../../lib/router';
import { accountsHref } from '../accounts/route';
import { CommunityPlan } from './CommunityPlan';
import { GroupProfile } from './GroupProfile';
import { communityHref, type CommunityRoute, type CommunityTab } from './route';
import { ScriptSections } from './ScriptSections';
import { communityStore, TEMPLATES, useCommunity } from './store';

/** 社群: the WeChat Work groups on the left, the chosen group's SOP, plan and the templates on the right. */
export function CommunityPage({ route }: { route: CommunityRoute }) {
  const { t } = useTranslation();
  const groups = useCommunity((s) => s.groups);
  const loaded = useCommunity((s) => s.loaded);
  const error = useCommunity((s) => s.error);

  useEffect(() => {
    void communityStore().getState().load();
  }, []);

  const group = groups.find((g) => g.id === route.group) ?? groups[0];
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0, marginBottom: 16 }}>
        {t('community.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorText(t, error)} />}
      {loaded && !group ? (
        <Card>
          <Empty data-testid="community-empty" description={t('community.empty')}>
            <Button type="primary" data-testid="community-go-accounts" onClick={() => navigate(accountsHref())}>
              {t('community.goAccounts')}
            </Button>
          </Empty>
        </Card>
      ) : (
        group && (
          <Row gutter={16} wrap={false}>
            <Col flex="240px">
              <Card size="small" title={t('community.groups')} styles={{ body: { padding: 4 } }}>
                <div data-testid="community-groups" role="listbox" aria-label={t('community.groups')}>
                  {groups.map((g) => (
                    <GroupEntry key={g.id} group={g} selected={g.id === group.id} onSelect={() => navigate(communityHref({ ...route, group: g.id }))} />
                  ))}
                </div>
              </Card>
            </Col>
            <Col flex="auto" style={{ minWidth: 0 }}>
              <GroupPane route={route} group={group} groups={groups} />
            </Col>
          </Row>
        )
      )}
    </>
  );
}

/** A group in the list: its name and how many scripts its SOP has. */
function GroupEntry({ group, selected, onSelect }: { group: CommunityGroup; selected: boolean; onSelect: () => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      data-testid="community-group"
      role="option"
      aria-selected={selected}
      tabIndex={0}
      onClick={onSelect}
      onKeyDown={(e) => e.key === 'Enter' && onSelect()}
      style={{ display: 'flex', gap: 10, padding: '8px 12px', borderRadius: token.borderRadius, cursor: 'pointer', background: selected ? token.colorPrimaryBg : undefined }}
    >
      <TeamOutlined style={{ color: selected ? token.colorPrimary : token.colorTextSecondary, marginTop: 4 }} />
      <div style={{ minWidth: 0 }}>
        <Typography.Text strong={selected} style={{ display: 'block', color: selected ? token.colorPrimary : undefined }}>
          {group.name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('community.profile.scripts', { count: group.scriptCount })}
        </Typography.Text>
      </div>
    </div>
  );
}

function GroupPane({ route, group, groups }: { route: CommunityRoute; group: CommunityGroup; groups: CommunityGroup[] }) {
  const { t } = useTranslation();
  const scripts = useCommunity((s) => s.scripts[group.id]);
  const templates = useCommunity((s) => s.scripts[TEMPLATES]);
  const [allGroups, setAllGroups] = useState(false);

  useEffect(() => {
    void communityStore().getState().loadScripts(group.id);
  }, [group.id]);
  useEffect(() => {
    if (route.tab === 'templates') void communityStore().getState().loadScripts(null);
  }, [route.tab]);

  const items = [
    {
      key: 'sop',
      label: t('community.tabs.sop'),
      children: (
        <>
          <GroupProfile group={group} />
          <div style={{ height: 12 }} />
          <ScriptSections groupId={group.id} scripts={scripts ?? []} />
        </>
      ),
    },
    { key: 'plan', label: t('community.tabs.plan'), children: <CommunityPlan route={route} group={group} groups={groups} allGroups={allGroups} onAllGroups={setAllGroups} /> },
    {
      key: 'templates',
      label: t('community.tabs.templates'),
      children: (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('community.templates.hint')} />
          <ScriptSections groupId={null} scripts={templates ?? []} target={group} />
        </>
      ),
    },
  ];
  return (
    <Card size="small" title={<span data-testid="community-group-title">{group.name}</span>}>
      <Tabs data-testid="community-tabs" activeKey={route.tab} onChange={(tab) => navigate(communityHref({ ...route, group: group.id, tab: tab as CommunityTab }))} items={items} destroyOnHidden />
    </Card>
  );
}
