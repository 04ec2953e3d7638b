import { foldedSearchText, foldedWords, foldText } from '../../services/core/fold-text';

describe('foldText: what name and number searches compare', () => {
  test.each([
    ['Đỗ Trọng Nam', 'do trong nam'],
    ['  ĐỖ   TRỌNG\tNAM ', 'do trong nam'],
    ['Nguyễn Thị Ánh Tuyết 🌸', 'nguyen thi anh tuyet'],
    ['Ưng Hòa – Phường Điện Biên', 'ung hoa phuong dien bien'],
    ['Trường THCS Lê Quý Đôn (2)', 'truong thcs le quy don 2'],
    ['ăâêôơư ẮẰẲẴẶ ỳýỷỹỵ', 'aaeoou aaaaa yyyyy'],
    ['1326/QĐ-UBND', '1326 qd ubnd'],
    ["'; DROP TABLE unit; --", 'drop table unit'],
    ['🏅🏅', ''],
  ])('%s → %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  test('the words of a name, each once', () => {
    expect(foldedWords('Nguyễn Nguyên Nguyễn')).toEqual(['nguyen']);
    expect(foldedWords('—')).toEqual([]);
  });

  test('a search text folds to 2..100 characters, else BAD_USER_INPUT naming the argument', () => {
    expect(foldedSearchText(' Đỗ! ', 'text')).toBe('do');
    for (const text of ['Đ', '!!', 'a'.repeat(101)]) {
      expect(() => foldedSearchText(text, 'text')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'text' }) }));
    }
    expect(foldedSearchText('7', 'number', 1)).toBe('7');
  });
});
