import type { Member } from '../../src-shared/contract/team';
import { aMember, anAccount, withWorkspace, type TestBackend } from './backend';

/** A workspace with one account, an article on it, and a writer, two reviewers and an approver. */
export async function aReviewTeam(backend: TestBackend) {
  const { api } = backend;
  await withWorkspace(backend);
  const account = await api.accounts.create(anAccount());
  const writer = await api.team.create(aMember({ name: '周婷', roles: ['copywriter'] }));
  const first = await api.team.create(aMember({ name: '李强', roles: ['reviewer'] }));
  const second = await api.team.create(aMember({ name: '王敏', roles: ['reviewer'] }));
  const approver = await api.team.create(aMember({ name: '陈总', roles: ['approver'] }));
  const article = await api.articles.create({ accountId: account.id, title: '双十一会员日攻略' });
  return { account, article, writer, first, second, approver };
}

/** Puts `member` at this device's keyboard: what they do next is recorded as theirs. */
export async function atKeyboard(backend: TestBackend, member: Pick<Member, 'id'>) {
  await backend.api.team.setKeyboard({ memberId: member.id });
}
