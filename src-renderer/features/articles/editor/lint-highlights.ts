import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { LintFinding } from '../../../../src-shared/domain/articles/lint';

// The live check's findings in the body: errors underlined red, warnings orange (exempted ones
// and notes are not marked). The decorations follow the text as it is typed until the next
// check replaces them; the findings themselves are kept in the plugin's state for the panel.

interface LintHighlightsState {
  findings: readonly LintFinding[];
  decorations: DecorationSet;
}

export const lintHighlightsKey = new PluginKey<LintHighlightsState>('lintHighlights');

function decorationsOf(state: EditorState, findings: readonly LintFinding[]): DecorationSet {
  const size = state.doc.content.size;
  const marks = findings
    .filter((f) => f.field === 'body' && !f.exempted && f.from !== null && f.to !== null && (f.severity === 'error' || f.severity === 'warning'))
    .filter((f) => f.from! >= 0 && f.to! <= size && f.from! < f.to!)
    .map((f) => Decoration.inline(f.from!, f.to!, { class: `lint-mark lint-mark--${f.severity}`, 'data-finding': f.id }));
  return DecorationSet.create(state.doc, marks);
}

/** The findings the editor shows now (the panel lists the same ones). */
export function lintFindingsOf(state: EditorState): readonly LintFinding[] {
  return lintHighlightsKey.getState(state)?.findings ?? [];
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    lintHighlights: {
      /** Replaces the marked findings (a transaction without a change of the document: nothing is saved). */
      setLintFindings: (findings: readonly LintFinding[]) => ReturnType;
    };
  }
}

export const LintHighlights = Extension.create({
  name: 'lintHighlights',
  addCommands() {
    return {
      setLintFindings:
        (findings) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(lintHighlightsKey, findings).setMeta('addToHistory', false);
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    return [
      new Plugin<LintHighlightsState>({
        key: lintHighlightsKey,
        state: {
          init: () => ({ findings: [], decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const findings = tr.getMeta(lintHighlightsKey) as readonly LintFinding[] | undefined;
            if (findings) return { findings, decorations: decorationsOf(state, findings) };
            return tr.docChanged ? { findings: value.findings, decorations: value.decorations.map(tr.mapping, tr.doc) } : value;
          },
        },
        props: {
          decorations: (state) => lintHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
