import { Alert, Empty, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextDiff } from '../../../components/TextDiff';
import { errorText } from '../../../lib/field-errors';
import type { ApiCallError } from '../../../lib/api';
import { revisionsStore, type DiffParts } from './store';

interface Props {
  from: string;
  /** null: the body as it is now. */
  to: string | null;
  title: string;
  onClose: () => void;
}

/** The changes between two versions: added text green, removed text red and struck through, the rest as it was. */
export function RevisionDiff({ from, to, title, onClose }: Props) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<DiffParts | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  useEffect(() => {
    let current = true;
    void revisionsStore()
      .getState()
      .diff(from, to)
      .then((result) => {
        if (!current) return;
        if (result.ok) setParts(result.data);
        else setError(result.error);
      });
    return () => void (current = false);
  }, [from, to]);

  const changed = parts?.some((part) => part.kind !== 'same');
  return (
    <Modal open title={title} footer={null} onCancel={onClose} width={760}>
      {error && <Alert type="error" showIcon message={errorText(t, error)} />}
      {!parts && !error && <Spin />}
      {parts && !changed && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('articles.revisions.same')} />}
      {parts && changed && <TextDiff parts={parts} testId="revision-diff" />}
    </Modal>
  );
}
