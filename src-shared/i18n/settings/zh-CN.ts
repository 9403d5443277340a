// Settings (设置) and backups (备份).
// Chinese (the default); en.ts must have exactly the same keys.

export const settingsZhCN = {
  settings: {
    title: '设置',
    profile: '工作区资料',
    device: '本机',
    language: '界面语言',
    dataDir: '数据文件夹',
    dataDirHint: '工作区的数据和备份都保存在这里',
    demoHint: '用华东分公司的演示账号、栏目、菜单、团队和排期替换这个工作区的数据，用来熟悉功能。替换前会自动备份当前数据，可在上面的备份里恢复。',
    demoConfirm: '用演示数据替换当前数据？当前数据会先自动备份。',
    demoLoaded: '演示工作区已加载',
  },
  backups: {
    title: '备份',
    create: '立即备份',
    created: '已完成备份',
    restore: '恢复',
    restoreConfirm: '用这个备份替换当前数据？',
    restoreConfirmHint: '恢复前会先自动备份当前数据。',
    restored: '已恢复到 {{time}} 的备份',
    empty: '还没有备份',
    columns: { createdAt: '时间', reason: '原因', size: '大小' },
    reason: {
      open: '打开时自动备份',
      daily: '每日自动备份',
      manual: '手动备份',
      'before-migrate': '升级数据前',
      'before-restore': '恢复备份前',
      'before-demo': '加载演示前',
      'before-import': '导入排期前',
      'before-sync-replace': '换成总部数据前',
    },
  },
};
