export const EDITOR_HEADER = 'X-Parley-Editor';
export const ANONYMOUS_EDITOR = 'anonymous';
