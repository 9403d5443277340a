import { describe, expect, it } from 'vitest';
import { failureOf, openTestBackend } from '../../helpers/backend';
import { aReviewTeam, atKeyboard } from '../../helpers/review';

// The review flow on the article's calendar item: 撰写中 → 待审核 → (each level in order) → 已定稿.

describe('the review flow', () => {
  it('goes through three levels in order and ends approved, the calendar item showing each status', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { account, article, writer, first, second, approver } = await aReviewTeam(backend);
    await api.articleReview.setChain({ accountId: account.id, memberIds: [first.id, second.id, approver.id] });

    await atKeyboard(backend, writer);
    const submitted = await api.articleReview.decide({ articleId: article.id, action: 'submit' });
    expect(submitted).toMatchObject({ status: 'review', currentLevel: 1, waitingFor: first.id, submittedBy: writer.id });
    expect((await api.articles.get({ id: article.id })).item.status).toBe('review');

    await atKeyboard(backend, first);
    expect((await api.articleReview.state({ articleId: article.id })).allowed).toEqual(['approve', 'request_changes']);
    expect(await api.articleReview.decide({ articleId: article.id, action: 'approve' })).toMatchObject({ status: 'review', currentLevel: 2, waitingFor: second.id });
    await atKeyboard(backend, second);
    expect(await api.articleReview.decide({ articleId: article.id, action: 'approve', comment: '数据已核对' })).toMatchObject({ currentLevel: 3, waitingFor: approver.id });
    await atKeyboard(backend, approver);
    const approved = await api.articleReview.decide({ articleId: article.id, action: 'approve' });

    expect(approved).toMatchObject({ status: 'approved', currentLevel: null, waitingFor: null });
    expect((await api.articles.get({ id: article.id })).item.status).toBe('approved');
    expect(approved.decisions.map((d) => [d.action, d.level, d.memberName, d.comment])).toEqual([
      ['submit', 0, '周婷', ''],
      ['approve', 1, '李强', ''],
      ['approve', 2, '王敏', '数据已核对'],
      ['approve', 3, '陈总', ''],
    ]);
  });

  it('refuses a decision from a member who is not the current level, and one out of order', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { account, article, writer, first, second, approver } = await aReviewTeam(backend);
    await api.articleReview.setChain({ accountId: account.id, memberIds: [first.id, second.id, approver.id] });
    await atKeyboard(backend, writer);
    await api.articleReview.decide({ articleId: article.id, action: 'submit' });

    for (const member of [writer, second, approver]) {
      await atKeyboard(backend, member);
      expect((await api.articleReview.state({ articleId: article.id })).allowed).not.toContain('approve');
      const failure = await failureOf(api.articleReview.decide({ articleId: article.id, action: 'approve' }));
      expect(failure).toMatchObject({ code: 'validation', issues: [{ path: ['memberId'], message: 'review.errors.notYourTurn' }] });
    }
    const state = await api.articleReview.state({ articleId: article.id });
    expect(state).toMatchObject({ status: 'review', currentLevel: 1 });
    expect(state.decisions).toHaveLength(1);
  });

  it('needs a comment to request changes, and sends the article back to writing', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer, approver } = await aReviewTeam(backend);
    await atKeyboard(backend, writer);
    await api.articleReview.decide({ articleId: article.id, action: 'submit' });
    await atKeyboard(backend, approver);

    for (const comment of [undefined, '', '   ']) {
      const failure = await failureOf(api.articleReview.decide({ articleId: article.id, action: 'request_changes', comment }));
      expect(failure.issues).toEqual([{ path: ['comment'], message: 'review.errors.commentRequired' }]);
    }
    const sentBack = await api.articleReview.decide({ articleId: article.id, action: 'request_changes', comment: '标题里的“最”字要改' });
    expect(sentBack).toMatchObject({ status: 'writing', currentLevel: null });
    expect(sentBack.decisions.at(-1)).toMatchObject({ action: 'request_changes', level: 1, memberName: '陈总', comment: '标题里的“最”字要改' });
    expect((await api.articles.get({ id: article.id })).item.status).toBe('writing');

    // The next round starts again at the first level.
    await atKeyboard(backend, writer);
    expect(await api.articleReview.decide({ articleId: article.id, action: 'submit' })).toMatchObject({ status: 'review', currentLevel: 1 });
  });

  it('lets the submitter withdraw, and not a reviewer', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer, approver } = await aReviewTeam(backend);
    await atKeyboard(backend, writer);
    await api.articleReview.decide({ articleId: article.id, action: 'submit' });

    await atKeyboard(backend, approver);
    expect((await failureOf(api.articleReview.decide({ articleId: article.id, action: 'withdraw' }))).issues?.[0]?.message).toBe('review.errors.notYourTurn');
    await atKeyboard(backend, writer);
    expect(await api.articleReview.decide({ articleId: article.id, action: 'withdraw' })).toMatchObject({ status: 'writing', allowed: ['submit'] });
  });

  it('lets an approved article be reopened, and refuses approving one that is not waiting', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer, approver } = await aReviewTeam(backend);
    await atKeyboard(backend, approver);
    expect((await failureOf(api.articleReview.decide({ articleId: article.id, action: 'approve' }))).issues).toEqual([{ path: ['action'], message: 'review.errors.wrongStatus' }]);

    await atKeyboard(backend, writer);
    await api.articleReview.decide({ articleId: article.id, action: 'submit' });
    // The default chain: one level, any member with the 定稿人 role.
    await atKeyboard(backend, approver);
    expect(await api.articleReview.decide({ articleId: article.id, action: 'approve' })).toMatchObject({ status: 'approved', allowed: ['reopen'] });
    const reopened = await api.articleReview.decide({ articleId: article.id, action: 'reopen' });
    expect(reopened.status).toBe('writing');
    expect(reopened.decisions.map((d) => d.action)).toEqual(['submit', 'approve', 'reopen']);
  });

  it('asks who is at the keyboard before a decision', async () => {
    const backend = openTestBackend();
    const { article } = await aReviewTeam(backend);
    await backend.api.team.setKeyboard({ memberId: null });
    const failure = await failureOf(backend.api.articleReview.decide({ articleId: article.id, action: 'submit' }));
    expect(failure.issues).toEqual([{ path: ['memberId'], message: 'review.errors.noMember' }]);
  });
});
