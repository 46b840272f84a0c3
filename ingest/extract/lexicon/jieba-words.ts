// Words jieba's dictionary lacks, which its guess at unknown words glues onto the name after them (曾任|中国光大银行),
// and the units of a bank that it tags as verbs (分行: to split a line), so a branch's name ends in its unit.

/** `word frequency tag`, one per line, as jieba's dictionary writes them; frequencies like their kin's (历任, 出任). */
export const JIEBA_EXTRA_WORDS = `
曾任 1000 v
起任 300 v
重组方 30 n
分行 437 n
支行 300 n
`;
