/** The de-identification detector on the examples of issue 5 and on hard negatives. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectPersonalData } from './detect.ts';
import { redact } from './redact.ts';
import { isValidTaiwanId } from './taiwan-id.ts';

const found = (text: string) => detectPersonalData(text).map((f) => `${f.type}:${f.text}`);

describe('detectPersonalData', () => {
  it('finds names in salutations and signatures in both languages', () => {
    assert.deepEqual(found("Hi doctor, I'm Mary Chen, 34, with a cough."), ['name:Mary Chen']);
    assert.deepEqual(found('It hurts when I run.\nThanks, John'), ['name:John']);
    assert.deepEqual(found('醫師您好，我是王小明，今年35歲'), ['name:王小明']);
    assert.deepEqual(found('麻煩醫師了，陳先生敬上'), ['name:陳先生']);
    assert.deepEqual(found('謝謝醫師！小美 上'), ['name:小美']);
    assert.deepEqual(found('医生你好，我叫刘晓东，胃痛'), ['name:刘晓东']);
  });

  it('leaves doctors, occupations and feelings alone', () => {
    for (const text of [
      'Dr. Lin said my LDL is 162 mg/dL.',
      "I'm worried, I'm 45 and I'm a nurse.",
      "I'm Taiwanese and live in Taipei.",
      '林醫師說我要回診，我是一名護理師。',
      '我是高中生，最近常頭痛。',
      '我先生最近咳嗽，謝謝醫師！',
      'Thanks, doctor!',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
  });

  it('finds phone numbers in Taiwan and international formats', () => {
    const text =
      'a 0912-345-678 b 0912 345 678 c +886 912 345 678 d +886-9-1234-5678 e (02)2345-6789 f 02-23456789 g 049-2345678 h +1 415 555 0134';
    assert.equal(found(text).filter((f) => f.startsWith('phone:')).length, 8);
    assert.deepEqual(found('醫院的總機是 02-2312-3456'), []);
  });

  it('checks the ID check digit and accepts resident certificates of both formats', () => {
    assert.ok(isValidTaiwanId('A123456789'));
    assert.ok(!isValidTaiwanId('A123456788'));
    assert.ok(isValidTaiwanId('Y917003688')); // new resident certificate (letter + 9)
    assert.ok(isValidTaiwanId('GD29836138')); // old resident certificate (two letters)
    assert.ok(!isValidTaiwanId('GD29836139'));
    assert.deepEqual(found('ID A123456789, lot F117486528'), ['national_id:A123456789']);
  });

  it('needs context for NHI numbers, handles and birth dates', () => {
    assert.deepEqual(found('健保卡號 0000 1234 5678'), ['nhi_number:0000 1234 5678']);
    assert.deepEqual(found('Order number 123456789012 never came.'), []);
    assert.deepEqual(found('加我賴 abc_123 或 IG: @name'), ['social_handle:abc_123', 'social_handle:@name']);
    assert.deepEqual(found('LINE is the app my mom uses'), []);
  });

  it('reads FB, IG and LINE as app names only when they stand apart from the value', () => {
    // Letters and digits glued to the app name are a code or a word, not a handle.
    for (const text of [
      'The code on my test kit was fb0196ec.',
      'He went to the fbi2024 camp.',
      'Sample ig03a7f2 was hemolysed.',
      '血糖機序號 LINE03A77F 要怎麼校正？',
      'Wi-Fi password line4life2024',
    ]) {
      assert.deepEqual(found(text), [], text);
    }
    // The forms people write: a colon, a space with an @, an "ID" label, upper or lower case.
    assert.deepEqual(found('FB: lily.wang.77'), ['social_handle:lily.wang.77']);
    assert.deepEqual(found('IG @george.runs'), ['social_handle:@george.runs']);
    assert.deepEqual(found('LINE ID: abc'), ['social_handle:abc']);
    assert.deepEqual(found('add me, line id amyhsu'), ['social_handle:amyhsu']);
    assert.deepEqual(found('我的FB：chen.mei.88'), ['social_handle:chen.mei.88']);
    assert.deepEqual(found('賴ID：junjie0918'), ['social_handle:junjie0918']);
    assert.deepEqual(found('see you there @wendy.cooks'), ['social_handle:@wendy.cooks']);
    assert.deepEqual(found('born 1985-03-12'), ['birth_date:1985-03-12']);
    assert.deepEqual(found('民國74年3月12日生'), ['birth_date:民國74年3月12日']);
    assert.deepEqual(found('生日 1990/1/2'), ['birth_date:1990/1/2']);
    assert.deepEqual(found('Since 2023/5/1 I have had knee pain; BP 130/85; 500 mg 2 tablets.'), []);
  });

  it('finds addresses, record numbers and beds', () => {
    assert.deepEqual(found('我住在台北市信義區松仁路100巷5弄3號4樓'), [
      'address:台北市信義區松仁路100巷5弄3號4樓',
    ]);
    assert.deepEqual(found('I live at 12 Main Street.'), ['address:12 Main Street']);
    assert.deepEqual(found('No. 5, Ln. 20, Sec. 3, Zhongshan Rd.'), [
      'address:No. 5, Ln. 20, Sec. 3, Zhongshan Rd.',
    ]);
    assert.deepEqual(found('病歷號 12345678；MRN: A-123456'), [
      'medical_record:12345678',
      'medical_record:A-123456',
    ]);
    assert.deepEqual(found('住在 7B 病房 12 床'), ['bed:7B 病房 12 床']);
    assert.deepEqual(found("I'm in bed 12A. I went to bed at 11 pm."), ['bed:bed 12A']);
  });

  it('reads full-width digits, dotted numbers, year-less birthdays and family names', () => {
    assert.deepEqual(found('電話：０９１２－３４５－６７８'), ['phone:０９１２－３４５－６７８']);
    assert.deepEqual(found('Call me on 0912.345.678 anytime.'), ['phone:0912.345.678']);
    assert.deepEqual(found('我的生日是3月12日，今年40歲。'), ['birth_date:3月12日']);
    assert.deepEqual(found('My husband David has diabetes.'), ['name:David']);
    assert.deepEqual(found("The clinic's number is 02-2700-5566 but nobody answers."), []);
  });

  it('gives UTF-16 offsets, sorted and without overlaps, also after emoji', () => {
    const text = '😀😀 email a.b@example.com 😀 https://example.com/x 📞 0912-345-678';
    const findings = detectPersonalData(text);
    assert.deepEqual(
      findings.map((f) => f.type),
      ['email', 'url', 'phone'],
    );
    for (const [i, f] of findings.entries()) {
      assert.equal(text.slice(f.start, f.end), f.text);
      if (i > 0) assert.ok(f.start >= findings[i - 1]!.end);
    }
  });
});

describe('redact', () => {
  it('uses placeholders in the language of the text', () => {
    const en = "I'm Mary Chen, call 0912-345-678.";
    assert.equal(redact(en, detectPersonalData(en)), "I'm [name], call [phone].");
    const zh = '我是王小明，手機0912-345-678';
    assert.equal(redact(zh, detectPersonalData(zh)), '我是〔姓名〕，手機〔電話〕');
  });

  it('skips findings that no longer match the text', () => {
    const findings = detectPersonalData('call 0912-345-678');
    assert.equal(redact('call 0912-000-000', findings), 'call 0912-000-000');
  });
});
