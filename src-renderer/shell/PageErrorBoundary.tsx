import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface State {
  error: Error | null;
}

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
    if (this.state.error) return <PageFailed error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
