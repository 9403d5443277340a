import { ArrowDownOutlined, ArrowUpOutlined, DownOutlined, EditOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Card, Space, Switch, Tag, Tooltip, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSection } from '../../../../src-shared/contract/plans';
import type { PlanSectionKey } from '../../../../src-shared/domain/plans/plan-sections';
import { useShowError } from '../../../lib/use-show-error';
import { SectionNote } from './SectionNote';
import { composerStore } from './store';

/** The plan's sections in the document's order: move up/down, show/hide, and the operator's text of each. */
export function SectionList({ sections }: { sections: PlanSection[] }) {
  const { t } = useTranslation();
  const showError = useShowError();
  const [open, setOpen] = useState<ReadonlySet<PlanSectionKey>>(new Set());
  const holder = useRef<HTMLDivElement>(null);
  const toggle = (key: PlanSectionKey) => setOpen((before) => new Set(before.has(key) ? [...before].filter((k) => k !== key) : [...before, key]));

  const move = async (key: PlanSectionKey, step: -1 | 1) => {
    const result = await composerStore().getState().move(key, step);
    if (!result.ok) return showError(result.error);
    // The row moved under the keyboard: the same button keeps the focus, so ↑ ↑ ↑ moves it on.
    const testId = `plan-section-${step < 0 ? 'up' : 'down'}-${key}`;
    requestAnimationFrame(() => holder.current?.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]:not([disabled])`)?.focus());
  };
  const setHidden = async (key: PlanSectionKey, hidden: boolean) => {
    const result = await composerStore().getState().setHidden(key, hidden);
    if (!result.ok) showError(result.error);
  };

  return (
    <Card size="small" title={t('plans.composer.sections')} data-testid="plan-sections">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('plans.composer.sectionsHint')}
      </Typography.Paragraph>
      <div ref={holder} className="plan-sections">
        {sections.map((section, index) => {
          // Numbered as the document numbers them: hidden sections take no number.
          const number = section.hidden ? null : sections.slice(0, index + 1).filter((s) => !s.hidden).length;
          const name = t(`plans.section.${section.key}`);
          const expanded = open.has(section.key);
          return (
            <div key={section.key} className={`plan-section${section.hidden ? ' plan-section--hidden' : ''}`} data-testid={`plan-section-${section.key}`}>
              <div className="plan-section__row">
                <Button
                  type="text"
                  size="small"
                  className="plan-section__name"
                  icon={expanded ? <DownOutlined /> : <RightOutlined />}
                  aria-expanded={expanded}
                  onClick={() => toggle(section.key)}
                  data-testid={`plan-section-toggle-${section.key}`}
                >
                  <span className="plan-section__index">{number === null ? '–' : `${number}.`}</span>
                  <span className="plan-section__title">{name}</span>
                </Button>
                {section.note && !expanded && (
                  <Tag icon={<EditOutlined />} bordered={false}>
                    {t('plans.composer.hasNote')}
                  </Tag>
                )}
                <Space size={4} className="plan-section__controls">
                  <Switch
                    size="small"
                    checked={!section.hidden}
                    aria-label={t('plans.composer.showOf', { section: name })}
                    data-testid={`plan-section-show-${section.key}`}
                    onChange={(shown) => void setHidden(section.key, !shown)}
                  />
                  <Tooltip title={t('plans.composer.moveUp')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowUpOutlined />}
                      aria-label={t('plans.composer.moveUpOf', { section: name })}
                      disabled={index === 0}
                      onClick={() => void move(section.key, -1)}
                      data-testid={`plan-section-up-${section.key}`}
                    />
                  </Tooltip>
                  <Tooltip title={t('plans.composer.moveDown')}>
                    <Button
                      size="small"
                      type="text"
                      icon={<ArrowDownOutlined />}
                      aria-label={t('plans.composer.moveDownOf', { section: name })}
                      disabled={index === sections.length - 1}
                      onClick={() => void move(section.key, 1)}
                      data-testid={`plan-section-down-${section.key}`}
                    />
                  </Tooltip>
                </Space>
              </div>
              {expanded && <SectionNote sectionKey={section.key} note={section.note} label={t('plans.composer.noteOf', { section: name })} />}
            </div>
          );
        })}
      </div>
    </Card>
  );
}
