import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApiCallError } from '../../../lib/api';
import { errorText } from '../../../lib/field-errors';

/** The error that stopped a fetch, if any. */
export function LoadError({ error }: { error: ApiCallError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert type="error" showIcon message={t('benchAnalysis.loadError', { message: errorText(t, error) })} style={{ marginBottom: 12 }} data-testid="bench-load-error" />;
}
