// 复制到公众号, the phone preview and the article exports (CLI included).

export const wechatZhCN = {
  wechat: {
    themes: { default: '简约', business: '商务', fresh: '清新' },
    theme: '排版主题',
    preview: {
      title: '手机预览',
      frame: '公众号文章手机预览',
      untitled: '（未命名稿件）',
      original: '原创',
      loading: '正在排版…',
      empty: '正文还是空的',
    },
    copy: {
      button: '复制到公众号',
      working: '正在复制…',
      done: '已复制，到公众号后台的正文里粘贴即可（Ctrl+V）',
      footnotes_one: '{{count}} 个外部链接已转为文末参考资料',
      footnotes_other: '{{count}} 个外部链接已转为文末参考资料',
      skippedImages: '{{count}} 张图片的文件不在本机素材文件夹里，没有带上',
      fallback: '已用兼容方式复制（浏览器不支持富文本剪贴板）',
      failed: '复制失败：{{reason}}',
      hint: '正文带内联样式复制；图片随正文一起粘贴，公众号会自动上传；外部链接变成文末参考资料。',
    },
    export: {
      help: `opsbench export article 稿件ID [--format html|md|docx] [--out 文件] [--theme default|business|fresh]

把一篇稿件导出为文件：html 与「复制到公众号」放到剪贴板上的内容完全相同（内联样式、图片内嵌、外部链接变为文末参考资料），
md 为 Markdown（图片内嵌），docx 为 Word 文档（微软雅黑标题、宋体正文、图片内嵌、外部链接加脚注）。

选项：
  --format 格式            html、md 或 docx（默认按 --out 的扩展名，否则为 html）
  --out 文件               写到哪里（默认：当前文件夹下的 <标题>.<格式>）
  --theme 主题             html 的排版主题：default（简约）、business（商务）、fresh（清新）；默认用稿件自己的`,
      needId: '{{command}} 后面要写稿件 ID',
      done: '已把《{{title}}》导出为 {{format}}：{{path}}',
    },
  },
};
