import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

/**
 * A page's code that failed to load (the app was rebuilt or updated under an open window): React
 * keeps the failed import, so only reloading the window fetches the new code.
 */
const codeFailedToLoad = (error: Error) => /dynamically imported module|module script failed|Loading chunk/i.test(error.message);

function PageFailed({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('app.pageFailed')}
      subTitle={error.message}
      extra={
        <Button type="primary" onClick={onRetry} data-testid="page-retry">
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/**
 * A page that throws while rendering (or whose code fails to load) shows what happened and a
 * retry inside the shell, instead of React unmounting the whole app to a white window. A new
 * page (`resetKey`) starts clean.
 */
export class PageErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error): void {
    console.error('[opsbench] a page failed to render:', error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error) return <PageFailed error={error} onRetry={() => (codeFailedToLoad(error) ? window.location.reload() : this.setState({ error: null }))} />;
    return this.props.children;
  }
}
