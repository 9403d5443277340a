import { z } from 'zod';
import { defineDomain, method } from './define';
import { Id, IdInput, Ok, optionalText, requiredText, RowMeta } from './common';
import { HourlyFen } from './money';
import { Appraisal, AppraisalInput, KpiMetric } from './team-appraisal';

/** 文案 / 设计 / 审核 / 定稿人 / 客服 / 推广 / 数据 (审核 reviews at the first levels of a review chain, 定稿人 at its last). */
export const Role = z.enum(['copywriter', 'designer', 'reviewer', 'approver', 'support', 'promotion', 'data']);
export type Role = z.infer<typeof Role>;
export const ROLES = Role.options;

export const KpiInput = z.object({
  id: Id.optional(),
  name: requiredText(30),
  target: z.number('validation.number').min(0, 'validation.nonNegative').max(1e12, 'validation.tooLarge'),
  /** 篇, 次, %, 人 … */
  unit: optionalText(10),
  /** What the data computes it from; '' (or left out) = entered by hand. */
  metric: KpiMetric.optional(),
});
export type KpiInput = z.input<typeof KpiInput>;
export const Kpi = KpiInput.extend({ id: Id, unit: z.string(), metric: KpiMetric });
export type Kpi = z.infer<typeof Kpi>;

const memberFields = {
  name: requiredText(20),
  roles: z.array(Role).min(1, 'validation.pickRole'),
  /** 日常工作 */
  dailyDuties: optionalText(500, { multiline: true }),
  contact: optionalText(60),
  /** 时薪 in fen: logged minutes × this is what the member's time costs (0 = not set). */
  hourlyCostFen: HourlyFen.optional(),
};

export const MemberInput = z.object({ ...memberFields, kpis: z.array(KpiInput).max(20, 'validation.tooMany').optional() });
export type MemberInput = z.input<typeof MemberInput>;

export const Member = RowMeta.extend({ ...memberFields, dailyDuties: z.string(), contact: z.string(), hourlyCostFen: z.number(), kpis: z.array(Kpi) });
export type Member = z.infer<typeof Member>;

/** The member at this device's keyboard, or null when none is chosen. */
export const KeyboardMember = z.object({ memberId: Id.nullable() });

export const teamContract = defineDomain('team', {
  list: method('Lists team members with their roles and KPIs.', z.object({}), z.array(Member)),
  create: method('Adds a team member.', MemberInput, Member),
  update: method('Updates a member; roles and KPIs given replace the old ones.', z.object({ id: Id, patch: MemberInput.partial() }), Member),
  remove: method('Removes a member (restore undoes it).', IdInput, Ok),
  restore: method('Undoes a remove.', IdInput, Member),
  keyboard: method("Who is at this device's keyboard (kept on the device; revisions, comments and decisions carry this member).", z.object({}), KeyboardMember),
  appraisal: method("考核: each member's KPIs of a month, with the actual figure computed from the data (null for hand-entered ones) and whether it is behind the month's pace.", AppraisalInput, Appraisal),
  setKeyboard: method('Chooses who is at the keyboard of this device (null: nobody in particular).', z.object({ memberId: Id.nullable() }), KeyboardMember),
});
