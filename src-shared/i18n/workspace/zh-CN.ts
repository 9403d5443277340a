// The workspace profile and the first-launch screen.
// Chinese (the default); en.ts must have exactly the same keys.

export const workspaceZhCN = {
  firstLaunch: {
    title: '欢迎使用运营台',
    subtitle: '先建立分公司的工作区，或加载一个演示工作区看看效果；已有总部注册码的，直接连接总部。',
    empty: { title: '从空白开始', submit: '创建工作区' },
    demo: {
      title: '加载演示工作区',
      description: '华东分公司的演示数据：公众号、栏目、自定义菜单和团队成员，随时可以在设置里换成自己的。',
      submit: '加载演示工作区',
      loading: '正在生成演示数据…',
    },
    demoFailed: '演示工作区加载失败：',
    join: {
      title: '连接总部',
      description: '已有总部注册码：从总部接收本单位的数据。接着填写总部地址和注册码即可。',
      submit: '连接总部',
      // The profile of the workspace until HQ's arrives over it.
      name: '等待总部数据',
      shortName: '总部',
    },
  },
  workspace: {
    form: {
      name: '分公司名称',
      namePlaceholder: '例如：华东分公司',
      shortName: '企业简称',
      shortNameHint: '用于运营方案，如「公众号能为〈简称〉带来的价值」',
      brand: '品牌',
      industry: '行业',
      namingTemplate: '账号命名模板',
      namingTemplateHint: '可用占位符：{品牌} {城市} {业态} {简称}，账号名称将按此模板检查',
    },
    preview: {
      label: '示例：',
      sampleCity: '上海',
      sampleBusiness: '酒店',
      missing: '缺少 {{names}}',
      unknown: '模板中有无法识别的占位符：{{names}}',
    },
  },
};
