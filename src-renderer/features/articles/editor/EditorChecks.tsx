import { useEditorState, type Editor } from '@tiptap/react';
import { App, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LintField, LintFinding } from '../../../../src-shared/domain/articles/lint';
import { errorText } from '../../../lib/field-errors';
import type { SaveResult } from '../../../lib/result';
import { LintPanel } from '../lint/LintPanel';
import { articleLintStore, useArticleLint } from '../lint/store';
import { lintFindingsOf } from './lint-highlights';

const NONE: readonly LintFinding[] = [];

interface EditorChecksProps {
  /** The article's editor (ArticleEditor's onReady); its live check supplies the findings. */
  editor: Editor | null;
  /** A finding about the title, author or digest was clicked: the page focuses that field. */
  onJumpToField?(field: Exclude<LintField, 'body'>): void;
}

/** The 检查 panel of the article page: the live check's findings; a click selects the match in the body and scrolls to it. */
export function EditorChecks({ editor, onJumpToField }: EditorChecksProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const findings = useEditorState({ editor, selector: ({ editor: current }) => (current ? lintFindingsOf(current.state) : NONE) }) ?? NONE;
  const busyId = useArticleLint((state) => state.busyId);
  if (!editor) return <Spin />;

  const jump = (finding: LintFinding) => {
    if (finding.field !== 'body') return onJumpToField?.(finding.field);
    if (finding.from === null || finding.to === null) return;
    const size = editor.state.doc.content.size;
    const from = Math.min(finding.from, size);
    editor
      .chain()
      .focus()
      .setTextSelection({ from, to: Math.min(finding.to, size) })
      .run();
    const { node } = editor.view.domAtPos(from);
    const element = node instanceof HTMLElement ? node : node.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const report = async (work: Promise<SaveResult<unknown>>) => {
    const result = await work;
    if (!result.ok) void message.error(errorText(t, result.error));
  };

  return (
    <LintPanel
      findings={findings}
      onJump={jump}
      onExempt={(finding) => void report(articleLintStore().getState().exempt(finding))}
      onUndoExempt={(finding) => void report(articleLintStore().getState().undoExempt(finding))}
      busyId={busyId}
    />
  );
}
