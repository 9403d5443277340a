import { QuestionCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../src-shared/contract/accounts';
import { ItemStatus } from '../../../src-shared/contract/calendar';
import { AccountLabel } from '../../components/AccountLabel';
import { STATUS_COLORS, tint } from './calendar-colors';
import type { AccountBadge } from './calendar-types';
import type { CalendarColorBy } from './route';

interface Props {
  accounts: Account[];
  badges: Map<string, AccountBadge>;
  colorBy: CalendarColorBy;
}

/** What the colours say: by status the dot is the account and the fill the status; by account the other way round. */
export function CalendarLegend({ accounts, badges, colorBy }: Props) {
  const { t } = useTranslation();
  const byAccount = colorBy === 'account';
  const content = (
    <div className="cal-legend" data-testid="calendar-legend">
      <div className="cal-legend__rule">{t(byAccount ? 'calendar.grid.legend.byAccount' : 'calendar.grid.legend.byStatus')}</div>
      <div className="cal-legend__columns">
        <div>
          <div className="cal-legend__head">{t('calendar.grid.legend.accounts')}</div>
          {accounts.map((account) => {
            const color = badges.get(account.id)?.color ?? '#d9d9d9';
            return (
              <div key={account.id} className="cal-legend__row">
                {byAccount ? (
                  <span className="cal-legend__fill" style={{ background: tint(color) }}>
                    <AccountLabel name={account.name} platform={account.platform} />
                  </span>
                ) : (
                  <AccountLabel name={account.name} platform={account.platform} color={color} />
                )}
              </div>
            );
          })}
        </div>
        <div>
          <div className="cal-legend__head">{t('calendar.grid.legend.statuses')}</div>
          {ItemStatus.options.map((status) => (
            <div key={status} className="cal-legend__row">
              {byAccount ? (
                <span className="cal-legend__status">
                  <span className="cal-chip__dot" style={{ background: STATUS_COLORS[status].fg }} />
                  {t(`calendar.status.${status}`)}
                </span>
              ) : (
                <span className="cal-legend__fill" style={{ background: STATUS_COLORS[status].bg, color: STATUS_COLORS[status].fg }}>
                  {t(`calendar.status.${status}`)}
                </span>
              )}
            </div>
          ))}
        </div>
      </div>
      <div className="cal-legend__note">
        <span className="cal-legend__problem">
          <WarningFilled />
        </span>
        {t('calendar.grid.legend.problem')}
      </div>
      <div className="cal-legend__note">{t('calendar.grid.legend.activities')}</div>
      <div className="cal-legend__note">{t('calendar.grid.legend.hover')}</div>
    </div>
  );
  return (
    <Popover content={content} trigger={['hover', 'click']} placement="bottomRight">
      <Button size="small" type="text" icon={<QuestionCircleOutlined />} data-testid="calendar-legend-button">
        {t('calendar.grid.legend.button')}
      </Button>
    </Popover>
  );
}
