/**
 * Common East Asian family names, written first ("Yoon Suk Yeol" is Mr Yoon, "Xi Jinping" is Mr Xi).
 * Lower case, romanized.
 */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set([
  // Korean
  'kim', 'lee', 'yi', 'rhee', 'park', 'pak', 'choi', 'choe', 'jung', 'chung', 'jeong', 'kang', 'cho', 'jo', 'yoon', 'yun',
  'jang', 'chang', 'lim', 'im', 'han', 'oh', 'seo', 'suh', 'shin', 'sin', 'kwon', 'hwang', 'ahn', 'an', 'song', 'ryu', 'yoo',
  'hong', 'jeon', 'chun', 'ko', 'go', 'moon', 'mun', 'yang', 'son', 'bae', 'baek', 'paik', 'heo', 'huh', 'nam', 'noh', 'roh',
  'ha', 'kwak', 'sung', 'cha', 'ju', 'woo', 'min', 'ri', 'choo', 'yeo', 'hyun',
  // Chinese
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he',
  'lin', 'luo', 'gao', 'zheng', 'liang', 'xie', 'song', 'tang', 'xu', 'deng', 'feng', 'han', 'cao', 'peng', 'zeng', 'xiao',
  'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'shen', 'yao',
  'xi', 'mao', 'bo', 'qin', 'wen', 'hua', 'fu', 'lai', 'tsai', 'chiang', 'ko', 'lam', 'leung', 'wong', 'chan', 'cheung',
  // Vietnamese
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ngo', 'duong', 'ly',
]);
