import type { Editor } from '@tiptap/react';
import { useEffect, useMemo } from 'react';
import { lintArticle } from '../../../../src-shared/domain/articles/lint';
import { articleLintStore, useArticleLint } from '../lint/store';
import { snapshotSourceOf, useDocSnapshot } from './use-doc-snapshot';

/** The article's fields the linter reads besides the body. */
export interface LintFields {
  title: string;
  author: string;
  digest: string;
}

const NO_FIELDS: LintFields = { title: '', author: '', digest: '' };

/**
 * Runs the linter on the body at each pause in typing (the doc snapshot, 150 ms) with the word
 * list and the article's exemptions, and hands the findings to the editor, which marks them and
 * keeps them for the checks panel. Lint of 20,000 characters takes a few ms (its own bench).
 */
export function useLiveLint(editor: Editor | null, articleId: string, fields: LintFields = NO_FIELDS): void {
  const doc = useDocSnapshot(editor);
  const words = useArticleLint((state) => state.words);
  const exemptions = useArticleLint((state) => state.exemptions);
  const { title, author, digest } = fields;

  useEffect(() => {
    void articleLintStore().getState().open(articleId);
  }, [articleId]);

  const findings = useMemo(() => lintArticle({ title, author, digest, doc, words, exemptions }), [title, author, digest, doc, words, exemptions]);

  useEffect(() => {
    // Positions are the snapshot's: applied only while the editor still shows that document (a newer snapshot follows a change).
    if (editor && !editor.isDestroyed && editor.state.doc === snapshotSourceOf(editor)) editor.commands.setLintFindings(findings);
  }, [editor, findings]);
}
