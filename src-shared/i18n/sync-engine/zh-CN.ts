// The desktop's sync engine: reasons of failures and the `opsbench sync` command (issue 14).

export const syncEngineZhCN = {
  syncEngine: {
    notEnrolled: '这个工作区还没有注册到总部',
    alreadyEnrolled: '这个工作区已经注册到总部（{{hqUrl}}）；要注册到别处，请先退出同步',
    enrollUnreachable: '连不上总部 {{hqUrl}}：请检查地址和端口，或网络是否通',
    badCode: '总部不认这个注册码：可能输错了、已过期（注册码有效 7 天）或不是这个总部的',
    error: {
      network: '连不上总部（{{hqUrl}}）：请检查网络，稍后会自动重试',
      digest: '从总部收到的数据不完整（校验不符），已丢弃，稍后会重新获取',
      storage_full: '磁盘已满，同步的数据写不进去：请腾出空间',
      revoked: '总部已停用这台设备，同步已停止。如需继续，请退出同步后用新的注册码重新注册',
      too_old: '总部要求运营台 {{minAppVersion}} 或更新的版本，同步已停止：请先升级运营台',
      unauthorized: '此设备在总部已没有登记（总部可能重置过，或删除了这台设备），同步已停止：请退出同步后用总部给的注册码重新注册',
      forbidden: '总部拒绝了这项操作',
      invalid: '总部认为这次同步的数据有误：{{detail}}',
      too_large: '有一批改动太大，总部不接收：{{detail}}',
      not_found: '总部找不到所需的内容：{{detail}}',
      gap: '总部缺少这台设备的部分改动，正在补传',
      resnapshot: '本机离线太久，正在从总部重新获取全部数据',
      internal: '同步出错：{{detail}}',
    },
    cli: {
      help: `用法：opsbench sync [status|enroll|leave] [选项]

  (无)                     与总部同步：推送本机的改动、拉取总部的改动，直到两边都没有剩余；打印上传和下载的数量
  status                   同步状态：总部、设备、上次同步、待推送的改动、最近的错误
  enroll --hq 网址 --code 注册码 [--name 设备名] [--merge|--replace]
                           用总部给的注册码把这个工作区注册到总部，然后同步。空的数据文件夹会按总部的数据建立工作区；
                           本机和总部都有数据时要选 --merge（合并：保留两边的数据，工作区资料以总部为准）
                           或 --replace（先备份本机，再换成总部的数据）
  leave                    退出同步（设备被停用或要注册到别处时）；本机数据保留`,
      synced: '已同步：上传 {{pushed}} 项改动、{{assetsUp}} 个文件，下载 {{pulled}} 行、{{assetsDown}} 个文件。',
      enrolled: '已注册到总部 {{hqUrl}}（{{tenant}}），设备“{{device}}”。',
      left: '已退出同步；工作区的数据保留在本机。',
      status: {
        notEnrolled: '未注册到总部。用 opsbench sync enroll --hq 网址 --code 注册码 注册。',
        enrolled: '总部：{{hqUrl}}（{{tenant}}）；设备：{{device}}；状态：{{state}}；上次同步：{{lastSyncAt}}；待推送改动：{{pending}}',
        never: '从未',
        lastError: '最近的错误（{{at}}）：{{message}}',
      },
      state: {
        notEnrolled: '未注册',
        idle: '已同步',
        syncing: '同步中',
        offline: '离线',
        error: '出错',
        revoked: '设备已停用',
        tooOld: '版本过旧',
      },
      failed: '同步失败：{{reason}}',
      bothHaveData: '本机和总部都有数据：请加 --merge（合并）或 --replace（先备份本机，再换成总部的数据）',
      needHqAndCode: 'sync enroll 需要 --hq 网址 和 --code 注册码',
      mergeOrReplace: '--merge 和 --replace 只能选一个',
    },
  },
};
