import { encode } from 'html-entities';

// The HTML around every page of ours: PlanGraph's name, the fonts that show Chinese on a bare
// machine (system stack first, then the Noto CJK names Debian's fonts-noto-cjk installs), no
// external resource of any kind.

export const FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif';

export interface Frame {
  title: string;
  head?: string;
  body: string;
}

export function pageFrame({ title, head = '', body }: Frame): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${encode(title)}</title>
<link rel="icon" href="data:,">
${head}
</head><body>
${body}
</body></html>`;
}

/** JSON safe to place inside a <script> element. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
