// A change written up to the level it reaches (提高到, 下降至, 降至): one list of the verbs, shared by the
// readers of periods, of parallel changes and of the values a change names.

/** Pattern source: a change verb followed by 到 or 至. */
export const CHANGE_TO = '(?:提高|增加|提升|上升|增长|降低|下降|减少|压缩|扩大|降)[到至]';
