/** Interface strings in Simplified Chinese, the default language of the dashboard. */
export const zh = {
  appTitle: '深圳各区高质量发展承诺看板',
  sourceLine: (publisher: string, republishedBy: string, date: string) =>
    `来源：${publisher}（${republishedBy}转载），${date}`,
  loading: '正在载入承诺数据…',
  retry: '重试',
  summaryHeading: '概况',
  summary: {
    statements: '条发言',
    pledges: '项承诺',
    speakers: '位具名发言人',
    districts: (total: number) => `个区有承诺（全市共 ${total} 个）`,
    themes: (total: number) => `个主题（共 ${total} 个）`,
  },
  speakersHeading: '各区发言人',
  districtCounts: (speakers: number, pledges: number) => `${speakers} 位发言人，${pledges} 项承诺`,
  pledgeCount: (n: number) => `${n} 项承诺`,
  noPost: '职务未注明',
  inferred: '区属为推定',
  collectiveSpeaker: '集体引语（未具名）',
  groups: {
    institution: '市级机构',
    company: '企业',
    collective: '集体表态',
    district: '区属未定',
  },
  groupsNote: '以下发言来自市级机构、企业或集体，不计入任何区。',
  districtsWithout: (names: string) => `暂无承诺的区：${names}`,
  errors: {
    offline: '网络已断开，无法载入承诺数据。',
    network: '无法连接服务器，承诺数据未能载入。',
    http: (detail: string) => `服务器未能提供承诺数据（${detail}）。`,
    json: '承诺数据文件已损坏，不是有效的 JSON。',
    invalid: (n: number) => `承诺数据不符合格式要求，发现 ${n} 处问题：`,
    unknown: '载入承诺数据时出错。',
    file: '文件',
  },
} as const;
