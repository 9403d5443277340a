import { Segmented, Spin } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleTheme } from '../../../../src-shared/contract/articles';
import './preview.css';

/** What the WeChat reader shows above the body. */
export interface PhonePreviewArticle {
  title: string;
  /** 公众号名称. */
  accountName: string;
  author: string;
  /** 'YYYY-MM-DD', '' when not scheduled. */
  date: string;
  original: boolean;
}

export interface PhonePreviewProps {
  article: PhonePreviewArticle;
  /** The body exactly as 复制到公众号 copies it (inline-styled HTML from `articles.wechatHtml`). */
  html: string;
  theme: ArticleTheme;
  onThemeChange?: (theme: ArticleTheme) => void;
  loading?: boolean;
}

/** The phone's logical width: the reader lays articles out at this size on most phones. */
export const PHONE_WIDTH = 375;
const THEMES: ArticleTheme[] = ['default', 'business', 'fresh'];

/**
 * The body in a shadow root: the app's CSS cannot reach it and it cannot reach the app, so what
 * shows is what the inline styles say, as in WeChat. The HTML runs no script (innerHTML does not).
 */
function ArticleBody({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>:host{all:initial;display:block}img{max-width:100%}</style>${html}`;
  }, [html]);
  return <div ref={host} className="phone-preview__body" data-testid="phone-preview-body" />;
}

/** Scales the phone down when its container is narrower than the phone (the side panel). */
function useFitScale(width: number) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setScale(Math.min(1, (entry?.contentRect.width ?? width) / width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [width]);
  return { box, scale };
}

/** A phone-width frame that looks like the WeChat reader: title, 原创 and account line, then the body; a theme picker above. */
export function PhonePreview({ article, html, theme, onThemeChange, loading = false }: PhonePreviewProps) {
  const { t } = useTranslation();
  const frameWidth = PHONE_WIDTH + 20;
  const { box, scale } = useFitScale(frameWidth);
  return (
    <div className="phone-preview" ref={box}>
      {onThemeChange && (
        <div className="phone-preview__themes">
          <span className="phone-preview__themes-label">{t('wechat.theme')}</span>
          <Segmented<ArticleTheme>
            size="small"
            value={theme}
            onChange={onThemeChange}
            options={THEMES.map((value) => ({ value, label: <span data-testid={`wechat-theme-${value}`}>{t(`wechat.themes.${value}`)}</span> }))}
          />
        </div>
      )}
      <div className="phone-preview__device" style={{ width: frameWidth, zoom: scale }} role="figure" aria-label={t('wechat.preview.frame')} data-testid="phone-preview">
        <div className="phone-preview__bar">
          <span className="phone-preview__bar-close">✕</span>
          <span className="phone-preview__bar-more">···</span>
        </div>
        <Spin spinning={loading} tip={t('wechat.preview.loading')}>
          <article className="phone-preview__page" style={{ width: PHONE_WIDTH }}>
            <h1 className="phone-preview__title">{article.title || t('wechat.preview.untitled')}</h1>
            <div className="phone-preview__meta">
              {article.original && <span className="phone-preview__original">{t('wechat.preview.original')}</span>}
              {article.author && <span className="phone-preview__author">{article.author}</span>}
              <span className="phone-preview__account">{article.accountName}</span>
              {article.date && <span className="phone-preview__date">{article.date}</span>}
            </div>
            {html ? <ArticleBody html={html} /> : !loading && <p className="phone-preview__empty">{t('wechat.preview.empty')}</p>}
          </article>
        </Spin>
      </div>
    </div>
  );
}
