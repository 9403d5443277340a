import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Image, Popconfirm, Result, Row, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../src-shared/contract/activities';
import { useUndoable } from '../../../components/use-undo';
import { navigate } from '../../../lib/router';
import { useAccounts } from '../../accounts/store';
import { useTeam } from '../../team/store';
import { ActivityFormDrawer } from '../form/ActivityFormDrawer';
import { activityImageUrl } from '../form/ImagesField';
import { ActivityStatusTag, formatDateRange, mechanicLabel } from '../labels';
import { activitiesHref, activityHref } from '../route';
import { activitiesStore } from '../store';
import { BudgetLines } from './BudgetLines';
import { FiguresCard } from './FiguresCard';
import { activityPageStore, useActivityPage } from './store';

/** One activity: what it is, what it cost and brought, its budget lines, phases, plan, lessons and images. */
export function ActivityPage({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const activity = useActivityPage((s) => (s.activityId === activityId ? s.activity : null));
  const loaded = useActivityPage((s) => s.activityId === activityId && s.loaded);
  const [editing, setEditing] = useState(false);
  const undoable = useUndoable();
  useEffect(() => {
    void activityPageStore().getState().open(activityId);
  }, [activityId]);

  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} href={activitiesHref()} style={{ paddingLeft: 0 }} data-testid="activity-back">
      {t('activities.page.back')}
    </Button>
  );
  if (!activity) return loaded ? <Result status="404" title={t('activities.page.notFound')} extra={back} /> : <Spin />;

  async function remove(row: Activity) {
    const list = activitiesStore().getState();
    const done = await undoable(
      () => list.remove(row.id),
      t('activities.list.deleted', { name: row.name }),
      async () => {
        const result = await list.restore(row.id);
        if (result.ok) navigate(activityHref(row.id));
        return result;
      },
    );
    if (done) navigate(activitiesHref());
  }

  return (
    <div data-testid="activity-page">
      {back}
      <Card style={{ marginBottom: 16 }}>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
          <Space orientation="vertical" size={4}>
            <Space wrap>
              <Typography.Title level={4} style={{ margin: 0 }} data-testid="activity-page-name">
                {activity.name}
              </Typography.Title>
              <ActivityStatusTag status={activity.status} />
              <Tag>{t(`activities.purpose.${activity.purpose}`)}</Tag>
              {activity.mechanic && <Tag color="purple">{mechanicLabel(t, activity.mechanic)}</Tag>}
            </Space>
            <ActivityFacts activity={activity} />
          </Space>
          <Space>
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="activity-page-edit">
              {t('common.edit')}
            </Button>
            <Popconfirm
              title={t('activities.list.deleteConfirm', { name: activity.name })}
              description={t('activities.list.deleteHint')}
              onConfirm={() => void remove(activity)}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="activity-page-delete">
                {t('common.delete')}
              </Button>
            </Popconfirm>
          </Space>
        </Space>
      </Card>
      <FiguresCard activity={activity} />
      <BudgetLines activity={activity} />
      <Row gutter={16}>
        <Col xs={24} xl={10}>
          <PhasesCard activity={activity} />
        </Col>
        <Col xs={24} xl={14}>
          <PlanCard activity={activity} />
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title={t('activities.field.lessons')} style={{ marginBottom: 16 }}>
            {activity.lessons ? (
              <Typography.Paragraph data-testid="activity-page-lessons" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                {activity.lessons}
              </Typography.Paragraph>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.page.noLessons')} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('activities.field.images')} style={{ marginBottom: 16 }}>
            {activity.images.length ? (
              <Image.PreviewGroup>
                <Space wrap>
                  {activity.images.map((id) => (
                    <Image key={id} src={activityImageUrl(id)} width={120} height={120} style={{ objectFit: 'cover' }} alt="" />
                  ))}
                </Space>
              </Image.PreviewGroup>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.page.noImages')} />
            )}
          </Card>
        </Col>
      </Row>
      <ActivityFormDrawer open={editing} activity={activity} onClose={() => setEditing(false)} />
    </div>
  );
}

function ActivityFacts({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const accounts = useAccounts((s) => s.rows);
  const owner = useTeam((s) => s.rows.find((m) => m.id === activity.ownerId));
  const none = t('common.none');
  const names = activity.accountIds.map((id) => accounts.find((a) => a.id === id)?.name ?? t('accounts.accountLabel.deleted'));
  return (
    <Descriptions size="small" column={{ xs: 1, md: 3 }}>
      <Descriptions.Item label={t('activities.field.dates')}>{formatDateRange(activity.startDate, activity.endDate)}</Descriptions.Item>
      <Descriptions.Item label={t('activities.field.owner')}>{owner?.name ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('activities.field.accounts')}>{names.length ? names.join('、') : none}</Descriptions.Item>
    </Descriptions>
  );
}

function PhasesCard({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <Card title={t('activities.page.phases')} style={{ marginBottom: 16 }}>
      <div data-testid="activity-page-phases">
        {activity.phases.length ? (
          <Timeline
            items={activity.phases.map((p) => ({
              key: p.phase,
              content: (
                <>
                  <Typography.Text strong>{t(`activities.phase.${p.phase}`)}</Typography.Text> <Typography.Text>{formatDateRange(p.startDate, p.endDate)}</Typography.Text>
                  {p.notes && <div className="activity-muted">{p.notes}</div>}
                </>
              ),
            }))}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.page.noPhases')} />
        )}
      </div>
    </Card>
  );
}

function PlanCard({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const none = t('common.none');
  const count = (n: number) => n.toLocaleString('zh-CN');
  return (
    <Card title={t('activities.page.planAndResults')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={1} styles={{ label: { width: 96 } }}>
        <Descriptions.Item label={t('activities.field.goal')}>{activity.goal || none}</Descriptions.Item>
        <Descriptions.Item label={t('activities.field.plan')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{activity.plan || none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('activities.field.reachChannels')}>{activity.reachChannels.length ? activity.reachChannels.map((c) => <Tag key={c}>{c}</Tag>) : none}</Descriptions.Item>
        <Descriptions.Item label={t('activities.page.results')}>
          {t('activities.page.resultsLine', {
            participants: count(activity.participants),
            newFollowers: count(activity.newFollowers),
            unfollows: count(activity.unfollows),
            days: activity.unfollowDays,
            conversions: count(activity.conversions),
          })}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
