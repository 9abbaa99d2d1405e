/** Demo content: General Surgery and Orthopedics. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const generalSurgery: DepartmentContent = {
  slug: 'general-surgery',
  topics: [
    {
      en: {
        name: 'a bulge in the groin',
        label: 'Bulge in the groin',
        titles: ['Lump in the groin that comes and goes', 'Groin bulge when standing'],
        details: [
          'The bulge appears when standing or coughing and disappears when lying down.',
          'There is a dragging discomfort after lifting heavy things.',
          'It can be pushed back in gently.',
          'It seems to have grown a little over the past months.',
        ],
        note: 'A soft groin bulge that comes and goes is often a hernia, where tissue pushes through a weak spot in the abdominal wall; it is usually not urgent but does not heal on its own, so planning treatment with a surgeon is sensible.',
        check: 'an examination while standing and lying down, and an ultrasound if needed',
      },
      zh: {
        name: '鼠蹊部鼓起',
        label: '鼠蹊部腫塊',
        titles: ['鼠蹊部有東西時有時無', '站著時鼠蹊部凸出來'],
        details: [
          '站著或咳嗽時會鼓起來，躺下就不見了。',
          '提重物之後會有往下墜的不舒服感。',
          '輕輕推可以推回去。',
          '這幾個月好像有變大一點。',
        ],
        note: '時有時無、軟軟的鼠蹊部鼓起，常見原因是疝氣，也就是組織從腹壁較弱的地方凸出；大多不緊急，但不會自己好，適合和外科醫師討論治療時機。',
        check: '站姿與躺姿的理學檢查，必要時安排超音波',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      flags: [0],
      care: [0, 3],
    },
    {
      en: {
        name: 'pain under the right ribs after meals',
        label: 'Pain under the right ribs after meals',
        titles: ['Pain after greasy food', 'Upper right belly pain at night'],
        details: [
          'The pain starts an hour or two after a greasy meal.',
          'It spreads toward the right shoulder blade.',
          'An episode lasts a few hours and then settles.',
          'An ultrasound a few years ago mentioned gallstones.',
        ],
        note: 'Pain in the upper right abdomen after fatty meals is commonly linked to the gallbladder, for example gallstones, though the stomach, liver and other organs can cause similar pain; an ultrasound is a simple first test.',
        check: 'an abdominal examination, blood tests and an abdominal ultrasound',
      },
      zh: {
        name: '飯後右上腹痛',
        label: '吃油膩食物後右上腹痛',
        titles: ['吃油膩的東西就肚子痛', '半夜右上腹痛'],
        details: [
          '吃了油膩的餐點一兩個小時後開始痛。',
          '痛會延伸到右邊肩胛骨。',
          '每次痛幾個小時後會慢慢緩解。',
          '幾年前的超音波有寫膽結石。',
        ],
        note: '吃了油膩食物後右上腹痛，常和膽囊有關，例如膽結石，不過胃、肝臟與其他器官也可能造成類似的疼痛；腹部超音波是簡單的第一步檢查。',
        check: '腹部檢查、抽血與腹部超音波',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [1, 2],
      care: [1],
    },
    {
      en: {
        name: 'a soft lump under the skin',
        label: 'Soft lump under the skin',
        titles: ['Soft lump on the back', 'Lump under the skin growing slowly'],
        details: [
          'The lump is on the upper back and feels soft and rubbery.',
          'It moves slightly when pressed and does not hurt.',
          'It has grown slowly over the years to about 3 centimeters.',
          'There is no redness or discharge.',
        ],
        note: 'Soft, movable lumps under the skin are very often benign, such as lipomas or cysts, but lumps that grow quickly, feel hard or fixed, or are painful should be examined, and an ultrasound can help tell them apart.',
        check: 'an examination and an ultrasound, with removal or a biopsy if needed',
      },
      zh: {
        name: '皮下腫塊',
        label: '皮膚下長了腫塊',
        titles: ['背上有一顆軟軟的', '皮下腫塊慢慢變大'],
        details: [
          '腫塊長在上背，摸起來軟軟的、有彈性。',
          '按壓時會稍微移動，不會痛。',
          '這幾年慢慢長到大約3公分。',
          '沒有紅腫，也沒有分泌物。',
        ],
        note: '皮膚下軟軟、可以移動的腫塊，很多是良性的，例如脂肪瘤或囊腫，但若長得很快、摸起來硬或固定不動，或會痛，就應該檢查，超音波可以幫忙區分。',
        check: '理學檢查與超音波，必要時切除或做切片',
      },
      spans: ['chronic'],
      flags: [],
      care: [2],
    },
    {
      en: {
        name: 'a lump in the breast',
        label: 'Breast lump',
        titles: ['Found a lump in the breast', 'Breast lump: should I worry?'],
        details: [
          'The lump was found in the shower, in the upper outer part of the breast.',
          'It feels firm and is about the size of a fingertip.',
          'It does not seem to change with the menstrual cycle.',
          'There is no discharge from the nipple.',
        ],
        note: 'Many breast lumps turn out to be benign, such as cysts or fibroadenomas, especially in younger women, but every new lump should be examined, usually with an ultrasound or mammogram.',
        check: 'a breast examination, an ultrasound or mammogram, and a needle biopsy if needed',
      },
      zh: {
        name: '乳房硬塊',
        label: '摸到乳房硬塊',
        titles: ['洗澡時摸到乳房有硬塊', '乳房腫塊要擔心嗎'],
        details: [
          '洗澡時在乳房外上方摸到。',
          '摸起來有點硬，大約指尖大小。',
          '好像不會隨著月經週期改變。',
          '乳頭沒有分泌物。',
        ],
        note: '很多乳房腫塊是良性的，例如囊腫或纖維腺瘤，年輕女性尤其常見，但任何新出現的腫塊都應該檢查，通常會安排超音波或乳房攝影。',
        check: '乳房理學檢查、超音波或乳房攝影，必要時做粗針切片',
      },
      gender: 'female',
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['recent'],
      flags: [],
      care: [2],
    },
  ],
  en: {
    focus: 'hernias, gallbladder disease, breast lumps and minor surgery',
    selfCare: [
      'avoid heavy lifting and straining',
      'eat lighter, less greasy meals for now',
      'note any change in the size of the lump, with dates',
      'keep bowel movements soft with enough water and fiber',
    ],
    redFlags: [
      'the bulge becomes hard and painful and cannot be pushed back',
      'there is severe abdominal pain with a fever or yellowing of the eyes',
      'there is persistent vomiting or the belly becomes swollen and hard',
    ],
    faqs: [
      [
        'Can every operation be done by keyhole surgery?',
        'Many operations, including most gallbladder and hernia operations, can be done through small incisions. Whether it suits you depends on your condition and any previous surgery; your surgeon will explain the options.',
      ],
      [
        'How soon can I go back to work after a hernia repair?',
        'Many people return to desk work within one to two weeks, but heavy lifting is usually avoided for four to six weeks. Your surgeon will advise you based on the type of repair.',
      ],
    ],
  },
  zh: {
    focus: '疝氣、膽囊疾病、乳房腫塊與小手術',
    selfCare: [
      '避免提重物和用力憋氣',
      '暫時吃清淡、少油的食物',
      '記錄腫塊大小的變化與日期',
      '多喝水、多吃纖維，保持排便順暢',
    ],
    redFlags: ['鼓起處變硬、很痛而且推不回去', '劇烈腹痛合併發燒或眼白變黃', '持續嘔吐或肚子脹得很硬'],
    faqs: [
      [
        '都可以用腹腔鏡開刀嗎？',
        '許多手術，包括大部分的膽囊和疝氣手術，都可以用小傷口的腹腔鏡完成。是否適合，要看病情與過去的手術史，外科醫師會說明各種選擇。',
      ],
      [
        '疝氣手術後多久可以上班？',
        '很多人一到兩週內可以回到辦公室工作，但通常要避免提重物四到六週。實際情況依手術方式而定，請遵照醫師指示。',
      ],
    ],
  },
};

export const orthopedics: DepartmentContent = {
  slug: 'orthopedics',
  weight: 1.3,
  topics: [
    {
      en: {
        name: 'knee pain',
        label: 'Knee pain',
        titles: ['Knee hurts on the stairs', 'Painful, stiff knee'],
        details: [
          'Going down stairs hurts more than going up.',
          'The knee is stiff for a few minutes after getting up in the morning.',
          'There is a creaking sound when squatting.',
          'It swells a little after a long walk.',
        ],
        note: 'Knee pain on stairs and stiffness after rest are common with wear of the joint cartilage, kneecap problems or overuse, and most people improve with muscle strengthening, weight control and adjusting their activities.',
        check: 'an examination of the knee and X-rays, with an ultrasound or MRI if needed',
      },
      zh: {
        name: '膝蓋痛',
        label: '膝蓋痛',
        titles: ['下樓梯膝蓋痛', '膝蓋又痛又卡'],
        details: [
          '下樓梯比上樓梯還痛。',
          '早上起床膝蓋會僵硬幾分鐘。',
          '蹲下時會有喀喀聲。',
          '走比較久之後會有點腫。',
        ],
        note: '上下樓梯痛、休息後僵硬，常見於關節軟骨磨損、髕骨問題或使用過度，多數人透過加強肌力、控制體重與調整活動就能改善。',
        check: '膝關節理學檢查與X光，必要時安排超音波或核磁共振',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      flags: [1],
      care: [0, 2, 3],
    },
    {
      en: {
        name: 'a swollen ankle after twisting it',
        label: 'Twisted ankle',
        intro: ['{subj} twisted an ankle {ago}, and it is still swollen.'],
        titles: ['Sprained ankle still swollen', 'Ankle swollen after a twist'],
        details: [
          'The ankle rolled inward while stepping off a curb.',
          'There is bruising on the outer side of the ankle.',
          'Walking is possible but painful.',
          'Ice has been applied, but the swelling has not gone down much.',
        ],
        note: 'Most twisted ankles are ligament sprains that heal with protection, ice, compression, elevation and gradual exercise, but being unable to bear weight or having tenderness over the bones means an X-ray is needed to check for a fracture.',
        check: 'an examination of the ankle and an X-ray if needed',
      },
      zh: {
        name: '扭傷後腳踝腫',
        label: '腳踝扭傷',
        intro: ['{我}{ago}扭到腳踝，到現在還是很腫。'],
        titles: ['腳踝扭傷還是很腫', '扭到腳之後一直腫'],
        details: [
          '下人行道時腳踝往內翻。',
          '腳踝外側瘀青。',
          '可以走路，但會痛。',
          '有冰敷，但腫脹沒有消很多。',
        ],
        note: '大多數腳踝扭傷是韌帶受傷，透過保護、冰敷、加壓、抬高與循序漸進的運動就會好轉，但若無法踩地或按壓骨頭處很痛，就需要照X光確認有沒有骨折。',
        check: '腳踝理學檢查，必要時照X光',
      },
      spans: ['acute', 'recent'],
      flags: [0, 2],
      care: [0, 1, 3],
    },
    {
      en: {
        name: 'shoulder pain when raising the arm',
        label: 'Shoulder pain when lifting the arm',
        titles: ["Can't raise the arm above the head", 'Shoulder hurts at night'],
        details: [
          'Lifting the arm to the side hurts at about shoulder height.',
          'Lying on that side at night wakes {me} up.',
          'Reaching behind the back, for example into a back pocket, is difficult.',
          'There was no clear injury.',
        ],
        note: 'Shoulder pain when lifting the arm is commonly related to the rotator cuff tendons or to a frozen shoulder, and most cases improve with exercises and physiotherapy, although some need injections or further imaging.',
        check: 'an examination of shoulder movement, X-rays and an ultrasound if needed',
      },
      zh: {
        name: '舉手時肩膀痛',
        label: '手舉高肩膀就痛',
        titles: ['手舉不過頭', '晚上肩膀痛到睡不著'],
        details: [
          '手往側邊抬到肩膀高度就會痛。',
          '晚上側睡壓到那一邊會痛醒。',
          '手往後伸，例如拿後口袋的東西，變得很困難。',
          '沒有明顯受傷。',
        ],
        note: '舉手時肩膀痛，常見於旋轉肌腱的問題或五十肩，多數經過運動與物理治療會改善，有些則需要注射或進一步的影像檢查。',
        check: '肩關節活動度檢查、X光，必要時安排超音波',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [],
      care: [0],
    },
    {
      en: {
        name: 'low bone density',
        label: 'Low bone density result',
        titles: ['Bone density scan says osteoporosis', 'T-score of -2.6'],
        intro: ['A bone density scan showed {name}, with a T-score of -2.6.'],
        details: [
          'There has been no fracture so far.',
          'Height seems to have dropped by about two centimeters.',
          'Calcium tablets are taken now and then.',
          'There is a family history of hip fracture.',
        ],
        note: 'A low bone density result raises the risk of fractures, but medicine, exercise, enough calcium, vitamin D and protein, and fall prevention can all lower that risk; the choice of treatment depends on the overall fracture risk.',
        check:
          'a review of the scan, blood tests for calcium and vitamin D, and a discussion of treatment options',
      },
      zh: {
        name: '骨質密度偏低',
        label: '骨密度檢查偏低',
        titles: ['骨密度報告說骨質疏鬆', 'T值-2.6怎麼辦'],
        intro: ['骨密度檢查顯示{name}，T值是-2.6。'],
        details: [
          '目前還沒有骨折過。',
          '身高好像比以前矮了大約兩公分。',
          '偶爾會吃鈣片。',
          '家族裡有人髖部骨折過。',
        ],
        note: '骨密度偏低會增加骨折的風險，不過藥物治療、運動、足夠的鈣質、維生素D與蛋白質，以及預防跌倒，都可以降低風險；要用哪一種藥物，取決於整體的骨折風險。',
        check: '檢視骨密度報告、抽血檢查鈣與維生素D，並討論治療選擇',
      },
      ages: ['50-59', '60-69', '70-79', '80-89'],
      flags: [0],
      care: [3],
      concern: true,
    },
  ],
  en: {
    focus: 'knee and shoulder problems, sports injuries and osteoporosis',
    selfCare: [
      'rest the painful joint but keep it gently moving',
      'use ice for 15 to 20 minutes at a time in the first days after an injury',
      'avoid squatting, kneeling and carrying heavy loads for now',
      'wear supportive, well-fitting shoes',
    ],
    redFlags: [
      'the limb looks deformed or cannot bear any weight',
      'the joint becomes hot, red and swollen with a fever',
      'numbness, coldness or a change of color appears below the injury',
    ],
    faqs: [
      [
        'Should I use ice or heat?',
        'In the first two or three days after a new injury, ice helps reduce swelling. For long-standing stiffness or muscle tightness, warmth is often more comfortable. Stop if either one makes the pain worse.',
      ],
      [
        'Do glucosamine supplements help knee pain?',
        'Studies show mixed results, and many people notice little difference. Muscle strengthening, weight control and appropriate treatment from your doctor usually matter more.',
      ],
      [
        'Who should have a bone density test?',
        'It is usually recommended for women after menopause and men from about 70, and earlier for people with risk factors such as long-term steroid use or a previous fracture from a minor fall. Ask your doctor whether it suits you.',
      ],
    ],
  },
  zh: {
    focus: '膝關節與肩關節疾病、運動傷害與骨質疏鬆',
    selfCare: [
      '讓疼痛的關節休息，但仍保持溫和活動',
      '受傷後頭幾天可以冰敷，每次15到20分鐘',
      '暫時避免蹲、跪和搬重物',
      '穿支撐性好、合腳的鞋子',
    ],
    redFlags: [
      '肢體明顯變形或完全無法承重',
      '關節紅、腫、熱並合併發燒',
      '受傷部位以下出現麻木、冰冷或顏色改變',
    ],
    faqs: [
      [
        '冰敷還是熱敷？',
        '新的受傷在頭兩三天，冰敷可以減少腫脹；長期的僵硬或肌肉緊繃，熱敷通常比較舒服。如果冰敷或熱敷讓疼痛加劇，就請停止。',
      ],
      [
        '葡萄糖胺對膝蓋痛有幫助嗎？',
        '研究結果並不一致，很多人吃了感覺差異不大。加強肌力、控制體重，以及接受醫師的適當治療，通常更重要。',
      ],
      [
        '誰需要做骨密度檢查？',
        '一般建議停經後女性及70歲左右以上的男性檢查，長期使用類固醇或曾經輕微跌倒就骨折的人則應更早檢查。是否適合，可以和醫師討論。',
      ],
    ],
  },
};
