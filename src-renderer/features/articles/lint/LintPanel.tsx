import { Button, Empty, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { countFindings, type LintFinding, type LintSeverity, type LintText } from '../../../../src-shared/domain/articles/lint';
import './lint-panel.css';

export interface LintPanelProps {
  /** `lintArticle`'s answer for the article as it is now. */
  findings: readonly LintFinding[];
  /** A row was clicked: select `from`–`to` in the editor (body findings) or focus the field (`finding.field`). */
  onJump(finding: LintFinding): void;
  /** 豁免 on an occurrence (a finding with a `word`, not yet exempted). */
  onExempt(finding: LintFinding): void;
  /** 取消豁免 on an exempted occurrence. */
  onUndoExempt(finding: LintFinding): void;
  /** The finding whose exemption is being saved: its button shows busy. */
  busyId?: string | null;
}

const SEVERITIES: LintSeverity[] = ['error', 'warning', 'info'];
const SEVERITY_COLOR: Record<LintSeverity, string> = { error: 'red', warning: 'orange', info: 'blue' };

/** A finding's text: a translation key of the program's rules, or a word list's own text. */
export function lintTextOf(t: TFunction, text: LintText): string {
  return 'key' in text ? t(text.key, text.params) : text.text;
}

/** The occurrence in its context, the match marked. */
function InContext({ finding }: { finding: LintFinding }) {
  const at = finding.text ? finding.context.indexOf(finding.text) : -1;
  if (at < 0) return <span className="lint-row__quote">{finding.text || finding.context}</span>;
  return (
    <span className="lint-row__quote">
      {finding.context.slice(0, at)}
      <mark>{finding.text}</mark>
      {finding.context.slice(at + finding.text.length)}
    </span>
  );
}

function FindingRow({ finding, props }: { finding: LintFinding; props: LintPanelProps }) {
  const { t } = useTranslation();
  const suggestion = finding.suggestion ? lintTextOf(t, finding.suggestion) : '';
  const canExempt = finding.word !== null && finding.severity !== 'info';
  const busy = props.busyId === finding.id;
  return (
    <li className={`lint-row${finding.exempted ? ' lint-row--exempted' : ''}`} data-testid="lint-finding" data-rule={finding.rule}>
      <div className="lint-row__main" role="button" tabIndex={0} title={t('lint.panel.jump')} onClick={() => props.onJump(finding)} onKeyDown={(e) => e.key === 'Enter' && props.onJump(finding)}>
        <div className="lint-row__head">
          <Tag color={finding.exempted ? 'default' : SEVERITY_COLOR[finding.severity]}>{t(`lint.rule.${finding.rule}`)}</Tag>
          <Typography.Text type="secondary">
            {t(`lint.field.${finding.field}`)}
            {finding.field === 'body' && finding.line !== null ? ` · ${t('lint.cli.line', { line: finding.line })}` : ''}
          </Typography.Text>
        </div>
        {finding.context || finding.text ? <InContext finding={finding} /> : null}
        <div className="lint-row__message">{t(finding.message, finding.params)}</div>
        <Typography.Text type="secondary" className="lint-row__reason">
          {lintTextOf(t, finding.reason)}
        </Typography.Text>
        {suggestion ? <div className="lint-row__suggestion">{t('lint.panel.suggestion', { text: suggestion })}</div> : null}
      </div>
      {finding.exempted ? (
        <Button size="small" type="link" loading={busy} onClick={() => props.onUndoExempt(finding)} data-testid="lint-undo-exempt">
          {t('lint.panel.undoExempt')}
        </Button>
      ) : canExempt ? (
        <Tooltip title={t('lint.panel.exemptHint')}>
          <Button size="small" loading={busy} onClick={() => props.onExempt(finding)} data-testid="lint-exempt">
            {t('lint.panel.exempt')}
          </Button>
        </Tooltip>
      ) : null}
    </li>
  );
}

function Group({ title, findings, props }: { title: string; findings: LintFinding[]; props: LintPanelProps }) {
  if (findings.length === 0) return null;
  return (
    <section className="lint-group">
      <Typography.Text strong className="lint-group__title">
        {title}
      </Typography.Text>
      <ul className="lint-group__list">
        {findings.map((f) => (
          <FindingRow key={f.id} finding={f} props={props} />
        ))}
      </ul>
    </section>
  );
}

/** The check's results: errors, warnings, info, then the exempted occurrences greyed. */
export function LintPanel(props: LintPanelProps) {
  const { t } = useTranslation();
  const counts = countFindings(props.findings);
  if (props.findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lint.panel.empty')} data-testid="lint-empty" />;
  return (
    <div className="lint-panel" data-testid="lint-panel">
      <Typography.Text className="lint-panel__counts" data-testid="lint-counts">
        {t('lint.panel.count', counts)}
      </Typography.Text>
      {SEVERITIES.map((severity) => (
        <Group
          key={severity}
          title={t('lint.panel.group', { severity: t(`lint.severity.${severity}`), count: counts[severity] })}
          findings={props.findings.filter((f) => f.severity === severity && !f.exempted)}
          props={props}
        />
      ))}
      <Group title={t('lint.panel.exemptedGroup', { count: counts.exempted })} findings={props.findings.filter((f) => f.exempted)} props={props} />
    </div>
  );
}
