// 运营方案: the plan composer's screens (list, sections, assumptions, preview, exports).
export const plansZhCN = {
  plans: {
    nav: '运营方案',
    title: '运营方案',
  },
};
