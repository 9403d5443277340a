import { Col, DatePicker, Form, Input, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_PHASES, type PhaseInput } from '../../../../src-shared/contract/activities';
import type { ItemStatus } from '../../../lib/use-zod-form';
import { withPhase, type PhaseName } from './form-values';

interface Props {
  phases: readonly PhaseInput[];
  onChange: (phases: PhaseInput[]) => void;
  status: (path: string) => ItemStatus;
}

const asDay = (date: string | undefined) => (date ? dayjs(date) : null);
const asText = (day: dayjs.Dayjs | null) => (day ? day.format('YYYY-MM-DD') : '');

/**
 * 预热 / 正式 / 收尾, one row each: its first and last day and a note. The end may be picked before
 * the start: the field then says so (the contract's message) and keeps what was typed.
 */
export function PhasesFields({ phases, onChange, status }: Props) {
  const { t } = useTranslation();
  return (
    <div data-testid="activity-form-phases">
      {ACTIVITY_PHASES.map((name) => {
        const index = phases.findIndex((p) => p.phase === name);
        const phase = phases[index];
        const change = (patch: Partial<Omit<PhaseInput, 'phase'>>) => onChange(withPhase(phases, name, patch));
        return (
          <Row key={name} gutter={8} align="top" data-testid={`activity-phase-${name}`}>
            <Col flex="56px" style={{ paddingTop: 5 }}>
              <Typography.Text strong>{t(`activities.phase.${name}`)}</Typography.Text>
            </Col>
            <Col flex="176px">
              <Form.Item {...status(`phases.${index}.startDate`)} style={{ marginBottom: 12 }}>
                <DatePicker
                  id={phaseFieldId(name, 'start')}
                  data-testid={`activity-phase-${name}-start`}
                  placeholder={t('activities.form.phaseStart')}
                  value={asDay(phase?.startDate)}
                  onChange={(day) => change({ startDate: asText(day) })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col flex="176px">
              <Form.Item {...status(`phases.${index}.endDate`)} style={{ marginBottom: 12 }}>
                <DatePicker
                  id={phaseFieldId(name, 'end')}
                  data-testid={`activity-phase-${name}-end`}
                  placeholder={t('activities.form.phaseEnd')}
                  value={asDay(phase?.endDate)}
                  onChange={(day) => change({ endDate: asText(day) })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </Col>
            <Col flex="auto">
              <Form.Item {...status(`phases.${index}.notes`)} style={{ marginBottom: 12 }}>
                <Input data-testid={`activity-phase-${name}-notes`} placeholder={t('activities.form.phaseNotes')} value={phase?.notes ?? ''} onChange={(e) => change({ notes: e.target.value })} />
              </Form.Item>
            </Col>
          </Row>
        );
      })}
    </div>
  );
}

const phaseFieldId = (name: PhaseName, end: 'start' | 'end') => `activity-phase-${name}-${end}-input`;
