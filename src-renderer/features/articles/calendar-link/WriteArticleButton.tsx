import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../../lib/router';
import { useShowError } from '../../../lib/use-show-error';
import { articleHref } from '../route';
import { itemArticlesStore, useItemArticles } from './store';

interface Props {
  itemId: string;
  /** The item has unsaved changes: its 选题说明 would seed the body as last saved, so 写稿 waits. */
  unsaved?: boolean;
  size?: 'small' | 'middle';
}

/** A calendar item's way to its article: 打开稿件 when it has one (with its length), else 写稿. */
export function WriteArticleButton({ itemId, unsaved = false, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const showError = useShowError();
  const link = useItemArticles((s) => s.byItem[itemId]);
  const [writing, setWriting] = useState(false);
  useEffect(() => {
    void itemArticlesStore().getState().lookup([itemId]);
  }, [itemId]);

  if (link)
    return (
      <Button size={size} icon={<FileTextOutlined />} href={articleHref(link.articleId)} data-testid="item-article-open">
        {t('articles.fromItem.open', { chars: link.chars.toLocaleString() })}
      </Button>
    );

  async function write() {
    setWriting(true);
    const result = await itemArticlesStore().getState().write(itemId);
    setWriting(false);
    if (result.ok) navigate(articleHref(result.data.id));
    else showError(result.error, t('articles.fromItem.failed'));
  }

  return (
    <Tooltip title={unsaved ? t('articles.fromItem.saveFirst') : t('articles.fromItem.writeHint')}>
      <Button size={size} icon={<EditOutlined />} loading={link === undefined || writing} disabled={unsaved} onClick={() => void write()} data-testid="item-article-write">
        {t('articles.fromItem.write')}
      </Button>
    </Tooltip>
  );
}
