/**
 * Taiwan identity numbers with their check digit: the national ID (A123456789: letter, 1 or 2,
 * eight digits), the resident certificate of 2021 (letter, 8 or 9, eight digits; the same
 * checksum) and the old resident certificate (two letters, eight digits; the second letter
 * stands for its code's last digit).
 */

/** The two-digit code of each first letter (not alphabetical: I, O, W, X, Y, Z were added later). */
const LETTER_CODES: Record<string, number> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 1, 1];

function checksumOk(letter: string, nineDigits: string): boolean {
  const code = LETTER_CODES[letter];
  if (code === undefined || !/^\d{9}$/.test(nineDigits)) return false;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits[i]) * WEIGHTS[i]!;
  return sum % 10 === 0;
}

/** True for a national ID or a new- or old-format resident certificate number with a valid check digit. */
export function isValidTaiwanId(value: string): boolean {
  const id = value.toUpperCase();
  if (/^[A-Z][1289]\d{8}$/.test(id)) return checksumOk(id[0]!, id.slice(1));
  if (/^[A-Z][A-D]\d{8}$/.test(id)) {
    const second = LETTER_CODES[id[1]!]! % 10;
    return checksumOk(id[0]!, `${second}${id.slice(2)}`);
  }
  return false;
}
