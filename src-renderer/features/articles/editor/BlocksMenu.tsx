import type { Editor } from '@tiptap/react';
import { useEffect } from 'react';
import { InsertBlockMenu } from '../../library/InsertBlockMenu';
import { libraryItemsStore, useLibraryItems } from '../../library/store';

/** 插入模块 in the toolbar: the library's blocks (关注引导, 往期推荐 …), inserted at the cursor in one click. */
export function BlocksMenu({ editor }: { editor: Editor }) {
  const rows = useLibraryItems((s) => s.rows);
  const loaded = useLibraryItems((s) => s.loaded);
  useEffect(() => {
    if (!loaded) void libraryItemsStore().getState().load();
  }, [loaded]);
  return (
    <InsertBlockMenu
      blocks={rows}
      disabled={!editor.isEditable}
      onInsert={(content) =>
        editor
          .chain()
          .focus()
          .insertContent(content.content ?? [])
          .run()
      }
    />
  );
}
