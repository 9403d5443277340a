import { describe, expect, it } from 'vitest';
import { aMember, failureOf, openTestBackend } from '../../helpers/backend';
import { aReviewTeam, atKeyboard } from '../../helpers/review';

describe('the review chain of an account', () => {
  it('is one level, any 定稿人, until it is set; set, it names each level’s member; [null] returns to the default', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { account, first, approver } = await aReviewTeam(backend);
    expect(await api.articleReview.chain({ accountId: account.id })).toEqual({ accountId: account.id, isDefault: true, levels: [{ level: 1, memberId: null, memberName: '' }] });

    const two = await api.articleReview.setChain({ accountId: account.id, memberIds: [first.id, approver.id] });
    expect(two.levels.map((l) => [l.level, l.memberName])).toEqual([
      [1, '李强'],
      [2, '陈总'],
    ]);
    expect((await api.articleReview.setChain({ accountId: account.id, memberIds: [approver.id] })).levels).toEqual([{ level: 1, memberId: approver.id, memberName: '陈总' }]);
    expect((await api.articleReview.setChain({ accountId: account.id, memberIds: [null] })).isDefault).toBe(true);
  });

  it('refuses a chain whose members lack the level’s role, appear twice, are unknown, or that has too many levels', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { account, writer, first, second, approver } = await aReviewTeam(backend);
    const refusal = async (memberIds: Array<string | null>) => (await failureOf(api.articleReview.setChain({ accountId: account.id, memberIds }))).issues;

    expect(await refusal([first.id])).toEqual([{ path: ['memberIds', 0], message: 'review.errors.needsApprover' }]);
    expect(await refusal([writer.id, approver.id])).toEqual([{ path: ['memberIds', 0], message: 'review.errors.needsReviewer' }]);
    expect(await refusal([approver.id, approver.id])).toEqual([{ path: ['memberIds', 1], message: 'review.errors.sameMemberTwice' }]);
    expect(await refusal([first.id, null])).toEqual([{ path: ['memberIds', 1], message: 'review.errors.levelNeedsMember' }]);
    expect(await refusal(['no-such-member'])).toEqual([{ path: ['memberIds', 0], message: 'validation.unknown.member' }]);
    expect(await refusal([first.id, second.id, first.id, approver.id])).toEqual([{ path: ['memberIds'], message: 'review.errors.chainTooLong' }]);
    expect((await api.articleReview.chain({ accountId: account.id })).isDefault).toBe(true);

    // A 定稿人 may also review an earlier level.
    const boss = await api.team.create(aMember({ name: '赵总', roles: ['approver'] }));
    expect((await api.articleReview.setChain({ accountId: account.id, memberIds: [boss.id, approver.id] })).levels).toHaveLength(2);
  });
});

describe('comments on an article', () => {
  const anchor = JSON.stringify({ from: 'AQLl', to: 'AQLm' });

  it('are added on a range, replied to, resolved and reopened, and listed with the resolved ones', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer, approver } = await aReviewTeam(backend);
    await atKeyboard(backend, approver);
    const comment = await api.articleReview.addComment({ articleId: article.id, anchor, quote: '全城最低价', body: '“最低价”是极限词，换个说法' });
    expect(comment).toMatchObject({ anchor, quote: '全城最低价', memberName: '陈总', parentId: null, resolvedAt: null });

    await atKeyboard(backend, writer);
    const reply = await api.articleReview.reply({ parentId: comment.id, body: '改成“超值价”了' });
    expect(reply).toMatchObject({ parentId: comment.id, articleId: article.id, memberName: '周婷' });
    // A reply to a reply joins the thread.
    expect((await api.articleReview.reply({ parentId: reply.id, body: '好的' })).parentId).toBe(comment.id);

    expect((await api.articleReview.resolveComment({ id: comment.id, resolved: true })).resolvedAt).not.toBeNull();
    const listed = await api.articleReview.comments({ articleId: article.id });
    expect(listed.map((c) => c.body)).toEqual(['“最低价”是极限词，换个说法', '改成“超值价”了', '好的']);
    expect(listed[0]!.resolvedAt).not.toBeNull();
    expect((await api.articleReview.resolveComment({ id: comment.id, resolved: false })).resolvedAt).toBeNull();
  });

  it('are edited and deleted only by their author; deleting a comment takes its replies', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer, approver } = await aReviewTeam(backend);
    await atKeyboard(backend, approver);
    const comment = await api.articleReview.addComment({ articleId: article.id, anchor, quote: '第一', body: '核实排名来源' });
    await atKeyboard(backend, writer);
    await api.articleReview.reply({ parentId: comment.id, body: '来源是官方榜单' });

    expect((await failureOf(api.articleReview.editComment({ id: comment.id, body: '改掉' }))).issues).toEqual([{ path: ['memberId'], message: 'review.errors.notYourComment' }]);
    expect((await failureOf(api.articleReview.removeComment({ id: comment.id }))).issues?.[0]?.message).toBe('review.errors.notYourComment');

    await atKeyboard(backend, approver);
    expect((await api.articleReview.editComment({ id: comment.id, body: '请核实排名来源' })).body).toBe('请核实排名来源');
    await api.articleReview.removeComment({ id: comment.id });
    expect(await api.articleReview.comments({ articleId: article.id })).toEqual([]);
  });

  it('refuses an empty body and an unknown article', async () => {
    const backend = openTestBackend();
    const { api } = backend;
    const { article, writer } = await aReviewTeam(backend);
    await atKeyboard(backend, writer);
    expect((await failureOf(api.articleReview.addComment({ articleId: article.id, anchor, body: '  ' }))).issues).toEqual([{ path: ['body'], message: 'validation.required' }]);
    expect((await failureOf(api.articleReview.addComment({ articleId: 'missing', anchor, body: '看看' }))).code).toBe('not_found');
  });
});
