import { Alert, Empty, Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanExportSummary } from '../../../../src-shared/contract/plans';
import { diffText, type DiffPart } from '../../../../src-shared/domain/articles/text-diff';
import { TextDiff } from '../../../components/TextDiff';
import type { ApiCallError } from '../../../lib/api';
import { docModelText } from '../../../lib/doc-model-text';
import { errorText } from '../../../lib/field-errors';
import { formatDateTime } from '../../../lib/format';
import { composerStore } from '../composer/store';

/** The text changes between two recorded exports: added green, removed red and struck through. */
export function VersionCompare({ from, to, onClose }: { from: PlanExportSummary; to: PlanExportSummary; onClose(): void }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<DiffPart[] | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  useEffect(() => {
    let current = true;
    const { readExport } = composerStore().getState();
    void Promise.all([readExport(from.id), readExport(to.id)]).then(([before, after]) => {
      if (!current) return;
      if (!before.ok) return setError(before.error);
      if (!after.ok) return setError(after.error);
      setParts(diffText(docModelText(before.data.snapshot), docModelText(after.data.snapshot)));
    });
    return () => void (current = false);
  }, [from.id, to.id]);

  const changed = parts?.some((part) => part.kind !== 'same');
  return (
    <Modal open width={820} footer={null} onCancel={onClose} title={t('plans.versions.compareTitle', { from: formatDateTime(from.exportedAt), to: formatDateTime(to.exportedAt) })}>
      {error && <Alert type="error" showIcon message={errorText(t, error)} />}
      {!parts && !error && <Spin />}
      {parts && !changed && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.versions.same')} data-testid="plan-versions-same" />}
      {parts && changed && (
        <>
          <Typography.Text type="secondary">{t('plans.versions.legend')}</Typography.Text>
          <TextDiff parts={parts} testId="plan-versions-diff" foldLabel={(count) => t('plans.versions.folded', { count })} />
        </>
      )}
    </Modal>
  );
}
