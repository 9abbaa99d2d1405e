/** Demo content: Oncology and Rheumatology. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const oncology: DepartmentContent = {
  slug: 'oncology',
  weight: 0.8,
  otherShare: 0.35,
  topics: [
    {
      en: {
        name: 'tiredness and nausea during chemotherapy',
        label: 'Side effects during chemotherapy',
        titles: ['Very tired during chemo', 'Nausea after every chemo session'],
        details: [
          'The nausea is worst for two or three days after each treatment.',
          'Energy is very low, even for short walks.',
          'Eating has become difficult, and some weight has been lost.',
          'The next treatment is scheduled in ten days.',
        ],
        note: 'Tiredness, nausea and poor appetite are common during chemotherapy, and many can be eased with anti-nausea medicines, changes to diet and gentle activity; the treating team should always hear about side effects, because doses and supportive medicines can be adjusted.',
        check: 'a review of symptoms, blood counts and supportive medicines with the treating oncology team',
      },
      zh: {
        name: '化療期間疲倦噁心',
        label: '化療副作用',
        titles: ['化療期間很累', '每次化療後都很想吐'],
        details: [
          '每次治療後兩三天噁心最嚴重。',
          '體力很差，連走一小段路都很累。',
          '吃東西變得很困難，體重也掉了一些。',
          '下一次治療排在十天後。',
        ],
        note: '化療期間的疲倦、噁心和食慾差很常見，很多可以透過止吐藥、調整飲食與溫和的活動改善；有副作用一定要告訴治療團隊，因為劑量和支持性藥物都可以調整。',
        check: '與腫瘤科團隊一起檢視症狀、血球數值與支持性用藥',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['recent'],
      flags: [0, 1, 2],
      care: [0, 1, 3],
    },
    {
      en: {
        name: 'a swollen lymph node in the neck',
        label: 'Swollen lymph node in the neck',
        titles: ['Lump on the side of the neck', 'Neck lymph node not going down'],
        details: [
          'The lump is on the side of the neck and is about 2 centimeters across.',
          'It does not hurt and feels firm.',
          'There has been no recent cold or sore throat.',
          'There have been some night sweats.',
        ],
        note: 'Swollen lymph nodes are most often a reaction to infection and shrink within a few weeks, but a node that is firm, painless, growing or still there after a few weeks, especially with fever, night sweats or weight loss, should be examined.',
        check: 'an examination, blood tests, an ultrasound and a biopsy if needed',
      },
      zh: {
        name: '脖子淋巴結腫大',
        label: '脖子淋巴結腫大',
        titles: ['脖子側邊摸到腫塊', '脖子淋巴結一直沒消'],
        details: [
          '腫塊在脖子側邊，大約2公分。',
          '不會痛，摸起來硬硬的。',
          '最近沒有感冒或喉嚨痛。',
          '有幾次半夜盜汗。',
        ],
        note: '淋巴結腫大最常見的是對感染的反應，通常幾週內會消退；但若摸起來硬、不痛、持續變大或超過幾週沒消，尤其合併發燒、夜間盜汗或體重減輕，就應該接受檢查。',
        check: '理學檢查、抽血、超音波，必要時做切片',
      },
      flags: [],
      care: [2],
    },
    {
      en: {
        name: 'cancer screening',
        label: 'Cancer screening with a family history',
        titles: ['Family history of cancer', 'Which screening tests should I have?'],
        intro: ['{subj} {have} a strong family history of cancer, and I would like advice on {name}.'],
        details: [
          'One parent had colon cancer in their fifties.',
          'An aunt had breast cancer.',
          'There are no symptoms at present.',
          'It is unclear which tests are subsidized and how often to have them.',
        ],
        note: 'A family history of cancer can raise personal risk, so screening may need to start earlier or happen more often, and genetic counseling is sometimes worthwhile; the plan depends on which cancers occurred and at what age.',
        check:
          'a personal screening plan based on the family history, with referral for genetic counseling if appropriate',
      },
      zh: {
        name: '癌症篩檢',
        label: '有癌症家族史的篩檢',
        titles: ['家族有癌症病史', '應該做哪些癌症篩檢'],
        intro: ['家裡好幾位近親得過癌症，想請教{我}要怎麼做{name}。'],
        details: [
          '父親五十幾歲時得過大腸癌。',
          '阿姨得過乳癌。',
          '目前沒有任何症狀。',
          '不清楚哪些檢查有補助、要多久做一次。',
        ],
        note: '癌症家族史可能提高個人的風險，篩檢可能需要提早開始或更頻繁，有時也值得做遺傳諮詢；實際的計畫取決於家人罹患哪些癌症，以及發病的年紀。',
        check: '依家族史擬定的個人化篩檢計畫，必要時轉介遺傳諮詢',
      },
      ages: ['30-39', '40-49', '50-59', '60-69'],
      flags: [],
      care: [2],
      concern: true,
    },
    {
      en: {
        name: 'easy bruising and tiredness',
        label: 'Easy bruising and tiredness',
        titles: ['Bruises appearing for no reason', 'Bruising and feeling weak'],
        details: [
          'Large bruises appear on the legs without any knock that can be remembered.',
          'The gums bleed easily.',
          'There is tiredness and breathlessness on the stairs.',
          'A blood test at a clinic showed low platelets.',
        ],
        note: 'Easy bruising with tiredness can come from medicines, liver problems or changes in blood cell counts, and occasionally from blood disorders that need prompt treatment; a full blood count and a blood smear are the first steps.',
        check: 'a full blood count, a blood smear and further blood tests, with a bone marrow test if needed',
      },
      zh: {
        name: '容易瘀青又疲倦',
        label: '容易瘀青又很累',
        titles: ['身上莫名出現瘀青', '瘀青又全身無力'],
        details: [
          '腿上常出現大片瘀青，卻想不起來有撞到。',
          '牙齦很容易流血。',
          '容易累，爬樓梯會喘。',
          '在診所抽血說血小板偏低。',
        ],
        note: '容易瘀青合併疲倦，可能與藥物、肝臟問題或血球數量變化有關，少數是需要盡快治療的血液疾病；全血球計數與血液抹片是第一步檢查。',
        check: '全血球計數、血液抹片與其他血液檢查，必要時做骨髓檢查',
      },
      spans: ['recent'],
      flags: [1],
      care: [1, 2],
    },
  ],
  en: {
    focus: 'cancer treatment and its side effects, blood disorders and cancer screening',
    selfCare: [
      'eat small, frequent meals with enough protein',
      'keep a diary of symptoms and when they occur',
      'gather all reports, including those from other hospitals, to bring along',
      'ask a family member or friend to come along to the appointment',
    ],
    redFlags: [
      'a temperature of 38°C or more occurs during chemotherapy',
      'there is bleeding that does not stop, or black stools',
      'breathing becomes difficult or there is new confusion',
    ],
    faqs: [
      [
        'What should I do if I get a fever during chemotherapy?',
        'A temperature of 38°C or more during chemotherapy can be serious, because the immune system may be weak. Contact your treatment team or go to the emergency department right away, and say that you are having chemotherapy.',
      ],
      [
        'Can I eat normally during cancer treatment?',
        'Most people can, with some adjustments. Enough protein and calories help the body cope with treatment, and a dietitian can suggest changes for nausea, mouth sores or taste changes. Ask before taking supplements or herbal remedies.',
      ],
    ],
  },
  zh: {
    focus: '癌症治療與副作用處理、血液疾病與癌症篩檢',
    selfCare: [
      '少量多餐，並攝取足夠的蛋白質',
      '記錄症狀與發生的時間',
      '把所有報告（包括其他醫院的資料）整理好，看診時帶去',
      '請家人或朋友陪同看診',
    ],
    redFlags: ['化療期間體溫達38度以上', '出血止不住或解黑便', '呼吸變得困難或意識突然混亂'],
    faqs: [
      [
        '化療期間發燒怎麼辦？',
        '化療期間免疫力可能下降，體溫達38度以上可能很危險，請立即聯絡治療團隊或到急診，並告知正在接受化療。',
      ],
      [
        '治療期間可以正常吃東西嗎？',
        '大多數人可以，但需要一些調整。攝取足夠的蛋白質與熱量，有助於身體承受治療；噁心、嘴破或味覺改變時，營養師可以提供建議。服用保健食品或中草藥前，請先詢問醫師。',
      ],
    ],
  },
};

export const rheumatology: DepartmentContent = {
  slug: 'rheumatology',
  weight: 0.8,
  topics: [
    {
      en: {
        name: 'swollen, stiff finger joints',
        label: 'Swollen, stiff finger joints',
        titles: ['Fingers stiff and swollen every morning', 'Joint pain in both hands'],
        details: [
          'The knuckles on both hands are swollen and tender.',
          'Morning stiffness lasts more than an hour.',
          'Making a fist or opening jars has become difficult.',
          'There is also a general tiredness.',
        ],
        note: 'Swelling of the joints in both hands with long morning stiffness can be a sign of inflammatory arthritis such as rheumatoid arthritis, where early treatment helps protect the joints; other causes are possible, so blood tests and an examination are needed.',
        check:
          'a joint examination, blood tests for inflammation and antibodies, and X-rays or an ultrasound if needed',
      },
      zh: {
        name: '手指關節腫脹僵硬',
        label: '手指關節腫、早上僵硬',
        titles: ['每天早上手指又腫又僵', '兩手關節痛'],
        details: [
          '兩手的指關節又腫又痛。',
          '早上僵硬超過一個小時。',
          '握拳或開瓶蓋變得很困難。',
          '全身也容易疲倦。',
        ],
        note: '雙手關節腫脹，合併早上長時間僵硬，可能是類風濕性關節炎等發炎性關節炎的表現，及早治療有助保護關節；但也有其他可能，需要抽血與檢查確認。',
        check: '關節檢查、抽血檢驗發炎指數與抗體，必要時安排X光或超音波',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [0],
      care: [0, 3],
    },
    {
      en: {
        name: 'a sudden painful, swollen big toe',
        label: 'Sudden painful big toe',
        titles: ['Big toe red and very painful', 'Sudden toe pain at night'],
        details: [
          'The pain started suddenly during the night.',
          'The joint at the base of the big toe is red, hot and swollen.',
          'Even the touch of the bedsheet hurts.',
          'There was a dinner with seafood and beer the night before.',
        ],
        note: 'A sudden, very painful, red and swollen big toe joint is a common way for gout to show itself, linked to high uric acid, though infection and other kinds of arthritis can look similar; treating the attack and controlling uric acid in the long term are both important.',
        check:
          'an examination of the joint, blood tests including uric acid, and a sample of joint fluid if needed',
      },
      zh: {
        name: '大腳趾突然紅腫劇痛',
        label: '大腳趾突然紅腫痛',
        titles: ['大腳趾又紅又腫超痛', '半夜腳趾痛醒'],
        details: [
          '半夜突然開始痛。',
          '大腳趾根部的關節又紅、又熱、又腫。',
          '連棉被碰到都會痛。',
          '前一晚吃了海鮮、喝了啤酒。',
        ],
        note: '大腳趾關節突然紅腫劇痛，常見於痛風發作，和尿酸偏高有關，但感染或其他關節炎也可能很像；急性期的治療和長期控制尿酸都很重要。',
        check: '關節檢查、抽血（包括尿酸），必要時抽取關節液檢查',
      },
      ages: ['30-39', '40-49', '50-59', '60-69', '70-79'],
      spans: ['acute'],
      flags: [0],
      care: [2],
    },
    {
      en: {
        name: 'a rash on the face with joint pain',
        label: 'Facial rash with joint pain',
        titles: ['Red rash on the cheeks and sore joints', 'Rash that gets worse in the sun'],
        details: [
          'A red rash has appeared across the cheeks and nose.',
          'It gets worse after time in the sun.',
          'Several joints ache, and there are mouth ulcers now and then.',
          'There have been low fevers on and off.',
        ],
        note: 'A facial rash with joint pain, mouth ulcers and fevers can have several causes, including autoimmune conditions such as lupus; blood and urine tests help clarify this, and finding the cause early allows treatment that protects the organs.',
        check: 'an examination, blood tests for autoantibodies and a urine test',
      },
      zh: {
        name: '臉部紅疹合併關節痛',
        label: '臉上紅疹又關節痛',
        titles: ['臉頰紅疹又關節痠痛', '曬太陽後臉上紅疹變嚴重'],
        details: [
          '雙頰和鼻樑出現紅疹。',
          '曬太陽後會更明顯。',
          '好幾個關節痠痛，偶爾還會嘴破。',
          '斷斷續續有低燒。',
        ],
        note: '臉部紅疹合併關節痛、口腔潰瘍和發燒，可能的原因不少，包括紅斑性狼瘡等自體免疫疾病；透過抽血與驗尿可以協助釐清，及早找出原因，就能及早治療、保護器官。',
        check: '理學檢查、抽血檢驗自體抗體，以及驗尿',
      },
      gender: 'female',
      ages: ['10-19', '20-29', '30-39', '40-49'],
      flags: [2],
      care: [1],
    },
    {
      en: {
        name: 'hives that keep coming back',
        label: 'Recurring hives',
        titles: ['Itchy welts every day', 'Hives that keep coming back'],
        details: [
          'Itchy, raised welts appear on different parts of the body and fade within a day.',
          'New ones come almost every day.',
          'No particular food or medicine seems to trigger them.',
          'Antihistamines help, but the welts return when they are stopped.',
        ],
        note: 'Hives that come and go for more than six weeks often have no single identifiable trigger and are usually well controlled with regular antihistamines and, if needed, other treatments; swelling of the lips or difficulty breathing needs emergency care.',
        check: 'a detailed history, basic blood tests and a treatment plan for long-term control',
      },
      zh: {
        name: '反覆蕁麻疹',
        label: '蕁麻疹反覆發作',
        titles: ['每天都起癢癢的膨疹', '蕁麻疹一直復發'],
        details: [
          '身上不同地方會冒出很癢、凸起的膨疹，一天內就消。',
          '幾乎每天都會冒新的。',
          '找不到明顯是哪種食物或藥物引起。',
          '吃抗組織胺有效，但一停藥又發作。',
        ],
        note: '反覆發作超過六週的蕁麻疹，常常找不到單一的誘發原因，通常規律使用抗組織胺，必要時搭配其他治療，就能良好控制；若嘴唇腫脹或呼吸困難，則需要緊急就醫。',
        check: '詳細問診、基本抽血，並擬定長期控制的治療計畫',
      },
      spans: ['chronic'],
      flags: [1],
      care: [],
    },
  ],
  en: {
    focus: 'rheumatoid arthritis, gout, lupus and chronic allergy',
    selfCare: [
      'keep a diary of which joints are affected and how long the morning stiffness lasts',
      'protect the skin from strong sun',
      'drink plenty of water and limit alcohol, sugary drinks and organ meats',
      'keep gently active to maintain joint movement',
    ],
    redFlags: [
      'a hot, swollen joint comes with a high fever',
      'the lips or tongue swell, or breathing becomes difficult',
      'there is sudden weakness, chest pain, or foamy, dark urine',
    ],
    faqs: [
      [
        'What does a rheumatologist treat?',
        'Rheumatologists treat arthritis and autoimmune diseases such as rheumatoid arthritis, gout, lupus and Sjögren syndrome, as well as some long-lasting allergic conditions.',
      ],
      [
        'Is gout only caused by diet?',
        'Diet plays a part, but genes, kidney function, weight and some medicines matter too. Many people need long-term medicine to keep uric acid low, even with a careful diet.',
      ],
    ],
  },
  zh: {
    focus: '類風濕性關節炎、痛風、紅斑性狼瘡與慢性過敏',
    selfCare: [
      '記錄哪些關節不舒服、早上僵硬多久',
      '做好防曬，避免強烈日曬',
      '多喝水，減少酒精、含糖飲料與內臟類食物',
      '維持溫和的活動，保持關節活動度',
    ],
    redFlags: [
      '關節紅腫熱痛並合併高燒',
      '嘴唇或舌頭腫起來，或呼吸困難',
      '突然無力、胸痛，或出現泡沫多、顏色深的尿',
    ],
    faqs: [
      [
        '過敏免疫風濕科看哪些病？',
        '主要處理關節炎與自體免疫疾病，例如類風濕性關節炎、痛風、紅斑性狼瘡、乾燥症，以及部分慢性過敏問題。',
      ],
      [
        '痛風只跟飲食有關嗎？',
        '飲食有影響，但遺傳、腎功能、體重與部分藥物也很重要。很多人即使飲食很小心，仍需要長期用藥把尿酸控制在目標範圍。',
      ],
    ],
  },
};
