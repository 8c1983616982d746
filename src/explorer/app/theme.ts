// Colours per node label, shared by the graph, badges and the document reader.

export const LABEL_COLOURS: Record<string, string> = {
  Plan: '#1f5fa8',
  EngineeringProject: '#6b4fa8',
  Project: '#6b4fa8',
  Task: '#1e8a5a',
  Result: '#c0652a',
  Indicator: '#b8862b',
  Platform: '#2a8f9a',
  Agency: '#8a3d5c',
  Document: '#5b6775',
};

export const colourOf = (label: string | undefined) => LABEL_COLOURS[label ?? ''] ?? '#5b6775';

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';
