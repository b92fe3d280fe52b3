export const OLD_TIES_WORD: string;
