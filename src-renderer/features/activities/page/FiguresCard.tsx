import { Card, Col, Row, Statistic, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../src-shared/contract/activities';
import { formatFen } from '../../../../src-shared/domain/money/money';
import { formatMaybeFen, formatRatio } from '../labels';

/** ROI as a percentage, green when the activity earned more than it cost, red when less. */
export function RoiText({ roi, testId }: { roi: number | null; testId?: string }) {
  const { token } = theme.useToken();
  // A plain span takes the size of where it stands (a table cell, a Statistic's figure).
  const color = roi === null ? token.colorTextTertiary : roi >= 0 ? token.colorSuccess : token.colorError;
  return (
    <span style={{ color }} data-testid={testId}>
      {formatRatio(roi)}
    </span>
  );
}

const hours = (minutes: number) => (minutes / 60).toFixed(1).replace(/\.0$/, '');

/**
 * What the activity cost and brought, as the boss asks: ROI, 成本 = budget lines + 人力 (logged
 * hours at each member's hourly cost), the value it is measured by, cost per new follower and how
 * many of the new followers stayed.
 */
export function FiguresCard({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const f = activity.figures;
  const note = (text: string) => <Typography.Text type="secondary">{text}</Typography.Text>;
  const valueNote =
    f.valueSource === 'followers' ? t('activities.figures.valueByFollowers', { n: activity.newFollowers, each: formatFen(activity.valuePerFollowerFen) }) : t(`activities.figures.valueSource.${f.valueSource}`);
  return (
    <Card style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]} data-testid="activity-figures">
        <Col xs={12} lg={4}>
          <Statistic title={t('activities.figures.roi')} valueRender={() => <RoiText roi={f.roi} testId="activity-figures-roi" />} />
          {note(f.roi === null ? t('activities.figures.roiNone') : t('activities.figures.roiFormula'))}
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={t('activities.figures.cost')} value={formatFen(f.costFen)} valueRender={(node) => <span data-testid="activity-figures-cost">{node}</span>} />
          {note(t('activities.figures.costParts', { budget: formatFen(f.budgetFen), people: formatFen(f.peopleFen), hours: hours(f.minutes) }))}
        </Col>
        <Col xs={12} lg={5}>
          <Statistic title={t('activities.figures.value')} value={formatFen(f.valueFen)} valueRender={(node) => <span data-testid="activity-figures-value">{node}</span>} />
          {note(valueNote)}
        </Col>
        <Col xs={12} lg={5}>
          <Statistic title={t('activities.figures.costPerFollower')} value={formatMaybeFen(f.costPerFollowerFen)} />
          {note(t('activities.figures.newFollowers', { n: activity.newFollowers }))}
        </Col>
        <Col xs={12} lg={4}>
          <Statistic title={t('activities.figures.retention')} value={formatRatio(f.retention)} />
          {note(t('activities.figures.unfollowsAfter', { n: activity.unfollows, days: activity.unfollowDays }))}
        </Col>
      </Row>
    </Card>
  );
}
