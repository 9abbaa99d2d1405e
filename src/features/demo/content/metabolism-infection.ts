/** Demo content: Endocrinology and Metabolism, and Infectious Diseases. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const endocrinology: DepartmentContent = {
  slug: 'endocrinology',
  topics: [
    {
      en: {
        name: 'a high blood sugar result',
        label: 'High blood sugar on a health check',
        titles: ['Prediabetes on my report', 'Blood sugar slightly high'],
        intro: [
          'A health check showed {name}: fasting glucose 118 and HbA1c 6.2%.',
          '{subj} {have} just been told that the blood sugar result is in the prediabetes range.',
        ],
        details: [
          'There are no symptoms such as thirst or frequent urination.',
          'Both parents have diabetes.',
          'Most meals are eaten out, and sugary drinks are a daily habit.',
          'The waistline has grown over the last few years.',
        ],
        note: 'Results slightly above normal often mean prediabetes, a stage where weight loss, regular exercise and cutting sugary drinks can lower the chance of developing diabetes; the results should be confirmed and followed up.',
        check:
          'repeat fasting glucose and HbA1c tests, and checks of blood pressure, blood fats and kidney function',
      },
      zh: {
        name: '血糖偏高',
        label: '健檢血糖偏高',
        titles: ['報告說是糖尿病前期', '血糖有點高'],
        intro: [
          '健檢發現{name}：空腹血糖118，糖化血色素6.2%。',
          '{我}最近被告知血糖已經在糖尿病前期的範圍。',
        ],
        details: [
          '沒有口渴或頻尿之類的症狀。',
          '爸媽都有糖尿病。',
          '三餐多半外食，每天都會喝含糖飲料。',
          '這幾年腰圍越來越粗。',
        ],
        note: '數值只比正常略高，常代表糖尿病前期；這個階段透過減重、規律運動、戒掉含糖飲料等生活調整，可以降低日後變成糖尿病的機會，結果也需要再確認並持續追蹤。',
        check: '重新檢驗空腹血糖與糖化血色素，並檢查血壓、血脂與腎功能',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [0],
      concern: true,
    },
    {
      en: {
        name: 'a lump at the front of the neck',
        label: 'Lump in the front of the neck',
        titles: ['Neck lump when swallowing', 'Thyroid nodule found'],
        details: [
          'The lump moves up and down when swallowing.',
          'It does not hurt.',
          'A health check ultrasound mentioned a thyroid nodule about 1 centimeter across.',
          'There is no hoarseness or trouble swallowing.',
        ],
        note: 'Lumps in the thyroid are very common and most are benign, but their size and ultrasound features decide whether simple follow-up is enough or whether a fine-needle test is advisable.',
        check: 'thyroid function blood tests, a neck ultrasound and, if needed, a fine-needle aspiration',
      },
      zh: {
        name: '脖子前面的腫塊',
        label: '脖子前方腫塊',
        titles: ['吞口水時脖子有顆東西', '健檢發現甲狀腺結節'],
        details: [
          '吞口水時，腫塊會跟著上下移動。',
          '摸起來不會痛。',
          '健檢超音波寫有一顆大約1公分的甲狀腺結節。',
          '沒有聲音沙啞或吞嚥困難。',
        ],
        note: '甲狀腺結節非常常見，大多數是良性的，但需要依大小和超音波特徵，決定是定期追蹤就好，還是建議做細針抽吸檢查。',
        check: '抽血檢查甲狀腺功能、頸部超音波，必要時做細針抽吸',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69', '70-79'],
      flags: [],
      care: [],
    },
    {
      en: {
        name: 'a racing heart, sweating and weight loss',
        label: 'Racing heart, sweating and weight loss',
        titles: ['Sweating a lot and losing weight', 'Hands shaking and heart racing'],
        details: [
          'The hands shake slightly when holding a cup.',
          'Sweating has increased, even in air-conditioned rooms.',
          'About three kilograms have been lost despite eating more.',
          'Bowel movements have become more frequent.',
        ],
        note: 'This combination of symptoms can be related to an overactive thyroid, although anxiety, caffeine and other conditions can produce some of the same feelings; a blood test can check thyroid function quickly.',
        check: 'thyroid function blood tests and a thyroid ultrasound if needed',
      },
      zh: {
        name: '心跳快、多汗又變瘦',
        label: '心跳快、手抖又變瘦',
        titles: ['很會流汗又一直瘦', '手抖又心跳很快'],
        details: [
          '拿杯子的時候手會微微發抖。',
          '就算待在冷氣房也很容易流汗。',
          '吃得比以前多，卻瘦了大約三公斤。',
          '排便次數變多了。',
        ],
        note: '這些症狀合在一起，可能和甲狀腺功能亢進有關，不過焦慮、咖啡因或其他疾病也會造成部分類似的感覺；抽血就能很快檢查甲狀腺功能。',
        check: '抽血檢查甲狀腺功能，必要時安排甲狀腺超音波',
      },
      spans: ['recent'],
      flags: [2],
      care: [],
    },
    {
      en: {
        name: 'high blood sugar readings despite medication',
        label: 'Blood sugar still high on medication',
        titles: ['Sugar levels not coming down', 'HbA1c went up again'],
        details: [
          'Home readings before breakfast are often above 150.',
          'The HbA1c at the last visit went up to 8.1%.',
          'Meals have been irregular because of shift work.',
          'Sometimes a dose is forgotten.',
        ],
        note: 'When blood sugar stays high on treatment, the usual reasons include changes in diet, activity, weight, stress, illness or missed doses, and sometimes the treatment plan itself needs adjusting; this is best reviewed with the doctor who prescribes the medicine.',
        check: 'a review of home readings, medicines and diet, with blood tests and a foot and eye check',
      },
      zh: {
        name: '吃藥後血糖還是偏高',
        label: '吃藥血糖還是高',
        titles: ['血糖一直降不下來', '糖化血色素又上升'],
        details: [
          '在家量的早餐前血糖常常超過150。',
          '上次回診糖化血色素升到8.1%。',
          '因為輪班，吃飯時間很不固定。',
          '偶爾會忘記吃藥。',
        ],
        note: '治療中血糖仍偏高，常見原因包括飲食、活動量、體重、壓力、生病或漏吃藥，有時治療計畫本身也需要調整，最好和開藥的醫師一起檢討。',
        check: '檢視居家血糖紀錄、用藥與飲食，並安排抽血及足部、眼睛檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      spans: ['chronic'],
      flags: [0, 1],
    },
  ],
  en: {
    focus: 'diabetes, prediabetes, thyroid disorders and weight-related metabolic problems',
    selfCare: [
      'cut out sugary drinks and choose water or unsweetened tea',
      'walk briskly for 30 minutes on most days',
      'keep a log of home blood sugar readings, if a meter is available',
      'eat at regular times and include vegetables and protein at each meal',
    ],
    redFlags: [
      'there is extreme thirst, frequent urination and drowsiness',
      'a blood sugar reading is very low, with sweating, shaking or confusion',
      'the heart races with a fever or agitation',
    ],
    faqs: [
      [
        'What is HbA1c?',
        'HbA1c reflects the average blood sugar over about three months. It is used both to help diagnose diabetes and to see how well treatment is working.',
      ],
      [
        'Can prediabetes be reversed?',
        'Often, yes. Losing 5 to 7 percent of body weight, exercising regularly and cutting sugary drinks bring blood sugar back toward normal for many people. Regular follow-up tests are still important.',
      ],
      [
        'Do thyroid nodules need surgery?',
        'Most do not. Many nodules are benign and only need follow-up ultrasounds; your doctor decides on further tests based on their size and ultrasound features.',
      ],
    ],
  },
  zh: {
    focus: '糖尿病、糖尿病前期、甲狀腺疾病與體重相關的代謝問題',
    selfCare: [
      '戒掉含糖飲料，改喝白開水或無糖茶',
      '大多數日子快走30分鐘',
      '記錄居家血糖數值（若家裡有血糖機）',
      '定時吃飯，每餐都要有蔬菜和蛋白質',
    ],
    redFlags: [
      '極度口渴、頻尿又昏昏欲睡',
      '血糖很低並伴隨冒冷汗、發抖或意識不清',
      '心跳非常快，合併發燒或躁動',
    ],
    faqs: [
      [
        '什麼是糖化血色素？',
        '糖化血色素反映過去大約三個月的平均血糖，可以用來協助診斷糖尿病，也能評估治療效果。',
      ],
      [
        '糖尿病前期可以逆轉嗎？',
        '很多人可以。減少體重的5%到7%、規律運動、戒掉含糖飲料，常能讓血糖回到接近正常的範圍，但仍需要定期追蹤。',
      ],
      [
        '甲狀腺結節一定要開刀嗎？',
        '大多數不需要。許多結節是良性的，只要定期做超音波追蹤；是否需要進一步檢查，醫師會依大小與超音波特徵判斷。',
      ],
    ],
  },
};

export const infectiousDiseases: DepartmentContent = {
  slug: 'infectious-diseases',
  weight: 0.8,
  topics: [
    {
      en: {
        name: 'a fever after returning from a trip',
        label: 'Fever after travel',
        titles: ['Fever after a trip to Southeast Asia', 'Came back from travel with a fever'],
        details: [
          'The trip was to Southeast Asia, and there were a lot of mosquito bites.',
          'There are muscle aches and pain behind the eyes.',
          'A faint rash has appeared on the arms.',
          'The fever goes down with medicine but returns within hours.',
        ],
        note: 'A fever after travel can come from common infections but also from illnesses found in the places visited, such as dengue fever, so it is important to tell the doctor where and when the trip was; some fever medicines are best avoided until dengue has been ruled out.',
        check: 'blood tests, including tests for infections common in the region visited',
      },
      zh: {
        name: '出國回來發燒',
        label: '旅遊後發燒',
        titles: ['東南亞旅遊回來發燒', '出國回來就發燒'],
        details: [
          '去的是東南亞，被蚊子叮了很多包。',
          '全身肌肉痠痛，眼窩後面也會痛。',
          '手臂上出現淡淡的紅疹。',
          '吃退燒藥會退，但幾個小時後又燒起來。',
        ],
        note: '旅遊後發燒可能是一般感染，也可能是當地流行的疾病，例如登革熱，因此看診時一定要告訴醫師去了哪裡、什麼時候回國；在排除登革熱之前，部分退燒止痛藥最好避免使用。',
        check: '抽血檢查，包括當地常見感染症的檢驗',
      },
      spans: ['acute'],
      flags: [0, 1],
      care: [0, 2, 3],
    },
    {
      en: {
        name: 'a painful, blistering rash on one side of the body',
        label: 'Painful rash on one side of the body',
        titles: ['Blisters in a band on one side', 'Burning pain, then a rash'],
        details: [
          'The rash runs in a band around one side of the chest.',
          'A burning, tingling pain started a few days before the rash appeared.',
          'The blisters are grouped together, and some have started to crust.',
          'Sleep is difficult because of the pain.',
        ],
        note: 'A painful, band-shaped rash on one side of the body can be caused by shingles, the chickenpox virus becoming active again, although other rashes can look similar; if it is shingles, antiviral treatment started early can shorten it and reduce lingering nerve pain, so prompt assessment matters.',
        check: 'an examination of the rash and a discussion of treatment and pain relief',
      },
      zh: {
        name: '單側帶狀疹子',
        label: '身體單側起疹子很痛',
        titles: ['身上一條一條的水泡', '先刺痛後來長疹子'],
        details: [
          '疹子沿著一側胸口呈帶狀分布。',
          '長疹子的前幾天就有灼熱、刺刺的痛。',
          '水泡一群一群的，有些已經開始結痂。',
          '痛到晚上睡不好。',
        ],
        note: '身體單側出現帶狀、疼痛的疹子，可能是帶狀皰疹（俗稱皮蛇），也就是水痘病毒再次活化，但其他疹子也可能長得很像；若確定是帶狀皰疹，及早使用抗病毒藥物可以縮短病程、減少後續神經痛，所以要盡快就醫評估。',
        check: '檢查疹子的型態，並討論治療與止痛方式',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79', '80-89'],
      spans: ['acute'],
      flags: [1],
      care: [0, 1],
    },
    {
      en: {
        name: 'a sexually transmitted infection',
        label: 'Testing after a possible STI exposure',
        titles: ['Worried after unprotected sex', 'When to test for STIs'],
        intro: ['{ago}, {subj} had unprotected sex with a new partner and {am} now worried about {name}.'],
        details: [
          'There are no symptoms so far.',
          'There is some mild discomfort when urinating.',
          'It is unclear which tests are needed and when they become accurate.',
          'Going to a clinic feels embarrassing.',
        ],
        note: 'After a possible exposure, testing is the only way to know, and different infections become detectable at different times; confidential testing and, where relevant, preventive medicine are available, and some preventive medicine must be started within 72 hours.',
        check:
          'a confidential consultation, urine or swab tests, and blood tests for HIV and syphilis at suitable times',
      },
      zh: {
        name: '性病',
        label: '擔心感染性病',
        titles: ['無套性行為後很擔心', '性病要什麼時候驗'],
        intro: ['{ago}和新認識的對象發生沒有保護措施的性行為，現在很擔心感染{name}。'],
        details: [
          '目前沒有任何症狀。',
          '小便時有一點點不舒服。',
          '不知道要驗哪些項目，什麼時候驗才準。',
          '覺得去門診有點難為情。',
        ],
        note: '可能暴露後，只有檢驗才能確定，而不同感染在不同時間點才驗得出來；醫院提供保密的篩檢，必要時也有預防性用藥，其中部分需要在72小時內開始。',
        check: '保密的諮詢、尿液或分泌物檢驗，並在適當時間抽血檢驗HIV與梅毒',
      },
      ages: ['20-29', '30-39', '40-49', '50-59'],
      spans: ['recent'],
      selfOnly: true,
      flags: [],
      care: [],
      concern: true,
    },
    {
      en: {
        name: 'vaccines and medicines before travel',
        label: 'Vaccines before travel',
        titles: ['Which vaccines for Africa?', 'Travel vaccines question'],
        intro: [
          '{subj} will be traveling to Africa for work next month, and I would like advice about {name}.',
        ],
        details: [
          'The trip includes about three weeks in rural areas.',
          'Childhood vaccination records are incomplete.',
          'It is unclear whether malaria tablets are needed.',
          'There is a mild egg allergy.',
        ],
        note: 'Travel vaccines and medicines depend on the destination, the activities planned and personal health; some vaccines need several weeks to work or more than one dose, so a travel medicine consultation four to six weeks before departure is ideal.',
        check:
          'a review of the itinerary and vaccination history, with vaccines and preventive medicines as appropriate',
      },
      zh: {
        name: '出國前的疫苗與預防用藥',
        label: '出國前的疫苗與用藥',
        titles: ['去非洲要打什麼疫苗', '旅遊疫苗的問題'],
        intro: ['{我}下個月要到非洲出差，想請教{name}的問題。'],
        details: [
          '行程大約三週，會去到鄉下地區。',
          '小時候的疫苗紀錄不太完整。',
          '不確定需不需要吃預防瘧疾的藥。',
          '對蛋有輕微過敏。',
        ],
        note: '出國前需要的疫苗與藥物，取決於目的地、行程內容與個人健康狀況；部分疫苗需要幾週才會產生保護力，或要打不只一劑，最好在出發前四到六週到旅遊醫學門診諮詢。',
        check: '檢視行程與疫苗接種紀錄，並依需要安排疫苗與預防用藥',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [],
      care: [2, 3],
      concern: true,
    },
  ],
  en: {
    focus: 'fever after travel, shingles, sexually transmitted infections and travel vaccines',
    selfCare: [
      'rest, drink plenty of fluids and check the temperature regularly',
      'wash hands often and avoid sharing towels or utensils',
      'use mosquito repellent and cover up outdoors',
      'write down the places visited and the dates',
    ],
    redFlags: [
      'there is bleeding from the gums or nose, black stools or severe abdominal pain',
      'the fever stays above 39°C or there is confusion or a stiff neck',
      'breathing becomes difficult',
    ],
    faqs: [
      [
        'When should I see an infectious diseases specialist?',
        'Common infections are usually handled by family medicine or internal medicine. An infectious diseases specialist helps with fever after travel, infections that keep coming back, complicated infections and questions about vaccines or exposures.',
      ],
      [
        'Is STI testing confidential?',
        'Yes. Hospitals keep test results confidential, and anonymous HIV testing is also available at designated sites in Taiwan.',
      ],
      [
        'How early should I get travel vaccines?',
        'Ideally four to six weeks before departure, because some vaccines need time or several doses. Even if you are leaving soon, a consultation can still help.',
      ],
    ],
  },
  zh: {
    focus: '旅遊後發燒、帶狀皰疹、性傳染病與旅遊疫苗',
    selfCare: [
      '多休息、多補充水分，並定時量體溫',
      '勤洗手，避免共用毛巾和餐具',
      '外出使用防蚊液，並穿著淺色長袖衣褲',
      '把去過的地點和日期列出來',
    ],
    redFlags: [
      '出現牙齦或鼻子出血、解黑便或劇烈腹痛',
      '持續高燒超過39度，或出現意識不清、脖子僵硬',
      '呼吸變得困難',
    ],
    faqs: [
      [
        '什麼情況需要看感染科？',
        '一般常見感染，家醫科或內科通常就能處理。旅遊後發燒、反覆發生或較複雜的感染，以及疫苗、暴露後的相關問題，適合找感染科諮詢。',
      ],
      ['性病篩檢會保密嗎？', '會。醫院會對檢驗結果保密，台灣也有指定院所提供匿名的愛滋篩檢。'],
      [
        '出國前多久要打疫苗？',
        '最好在出發前四到六週，因為部分疫苗需要時間產生保護力，或要打好幾劑。即使快出發了，諮詢仍然有幫助。',
      ],
    ],
  },
};
