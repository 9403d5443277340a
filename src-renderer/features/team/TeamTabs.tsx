import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../lib/router';
import { appraisalRoute, appraisalRouteDef, teamRouteDef } from './route';

const HREFS = { members: teamRouteDef.href({ name: 'team' }), appraisal: appraisalRouteDef.href(appraisalRoute()) };

/** 成员 | 考核: the two pages of 团队. */
export function TeamTabs({ active }: { active: keyof typeof HREFS }) {
  const { t } = useTranslation();
  return (
    <Segmented
      className="team-tabs"
      data-testid="team-tabs"
      value={active}
      onChange={(key) => navigate(HREFS[key as keyof typeof HREFS])}
      options={(['members', 'appraisal'] as const).map((key) => ({ value: key, label: <span data-testid={`team-tab-${key}`}>{t(`appraisal.tabs.${key}`)}</span> }))}
    />
  );
}
