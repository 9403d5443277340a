import type { Messages } from '../messages';
import type { articleEditorZhCN } from './zh-CN';

export const articleEditorEn: Messages<typeof articleEditorZhCN> = {
  articleEditor: {
    loading: 'Opening the body…',
    loadFailed: 'The body cannot be opened: {{message}}',
    placeholder: 'Start writing. Type # and a space for a heading, - and a space for a list, > and a space for a quote',
    save: {
      saving: 'Saving…',
      saved: 'Saved {{time}}',
      unchanged: 'Saved',
      failed: 'Saving failed, retrying',
      failedHint: 'Your changes are kept on this computer and are saved as soon as the connection is back. Reason: {{message}}',
    },
  },
};
