// The article editor (issue 10): toolbar, save status, paste and image messages, status bar, outline.

export const articleEditorZhCN = {
  articleEditor: {
    loading: '正在打开正文…',
    loadFailed: '正文打不开：{{message}}',
    placeholder: '开始写正文。输入 # 加空格是标题，- 加空格是列表，> 加空格是引用',
    save: {
      saving: '保存中…',
      saved: '已保存 {{time}}',
      unchanged: '已保存',
      failed: '保存失败，正在重试',
      failedHint: '改动都还在这台电脑上，连上后会自动保存。原因：{{message}}',
    },
  },
};
