/** Demo content: Nutrition and Pharmacy. General, non-diagnostic wording. */
import type { DepartmentContent } from '../demo-types.ts';

export const nutrition: DepartmentContent = {
  slug: 'nutrition',
  weight: 0.7,
  topics: [
    {
      en: {
        name: 'losing weight safely',
        label: 'Losing weight safely',
        titles: ['How to lose weight and keep it off', 'Weight keeps coming back'],
        intro: ['{subj} would like advice on {name}; the current BMI is about 29.'],
        details: [
          'Several diets have worked for a while, but the weight came back.',
          'Lunch and dinner usually come from convenience stores or food stalls.',
          'Late-night snacks after work are a habit.',
          'Exercise only happens at weekends.',
        ],
        note: 'Lasting weight loss usually comes from modest, sustainable changes such as regular meals, more vegetables and protein, fewer sugary drinks and more daily movement, aiming for about half a kilogram to one kilogram a week; very strict diets tend to rebound.',
        check: 'a review of eating habits and a personal meal plan with realistic goals',
      },
      zh: {
        name: '安全減重',
        label: '健康減重',
        titles: ['怎麼減重才不會復胖', '瘦下來又胖回去'],
        intro: ['{我}想請教{name}的方法，目前BMI大約29。'],
        details: [
          '試過好幾種減肥方法，瘦下來後又復胖。',
          '午晚餐通常在便利商店或小吃攤解決。',
          '下班後習慣吃宵夜。',
          '只有週末才會運動。',
        ],
        note: '能維持的減重，通常來自溫和、可持續的改變，例如三餐定時、多吃蔬菜與蛋白質、少喝含糖飲料、增加日常活動量，以每週減少約0.5到1公斤為目標；太嚴格的飲食容易復胖。',
        check: '檢視飲食習慣，並擬定目標實際的個人化飲食計畫',
      },
      ages: ['20-29', '30-39', '40-49', '50-59', '60-69'],
      flags: [],
      concern: true,
    },
    {
      en: {
        name: 'what to eat with reduced kidney function',
        label: 'Diet with reduced kidney function',
        titles: ['Kidney function low: what can I eat?', 'Confused about a kidney diet'],
        intro: [
          '{subj} {have} been told that kidney function is reduced, and I would like advice on {name}.',
        ],
        details: [
          'The doctor mentioned watching protein and salt.',
          'It is confusing which fruits and vegetables are high in potassium.',
          'Soups and instant noodles are eaten often.',
          'There is also diabetes to consider.',
        ],
        note: 'The right diet with reduced kidney function depends on the stage, blood test results and other conditions such as diabetes; it often involves adjusting protein, salt, potassium and phosphorus, and a dietitian can turn the numbers into practical meals.',
        check: 'a review of recent blood tests and eating habits, and a practical meal plan',
      },
      zh: {
        name: '腎功能不好的飲食',
        label: '腎功能變差的飲食',
        titles: ['腎功能不好可以吃什麼', '搞不清楚腎臟病飲食'],
        intro: ['{我}被告知腎功能變差，想請教{name}。'],
        details: [
          '醫師有提到要注意蛋白質和鹽分。',
          '搞不清楚哪些蔬菜水果的鉀比較高。',
          '平常很常喝湯、吃泡麵。',
          '同時也有糖尿病要控制。',
        ],
        note: '腎功能不好時的飲食，要依照分期、抽血結果，以及是否合併糖尿病等狀況調整，常需要注意蛋白質、鹽分、鉀和磷的攝取，營養師可以把數字轉換成實際可行的菜單。',
        check: '檢視最近的抽血報告與飲食習慣，並提供實用的飲食計畫',
      },
      ages: ['40-49', '50-59', '60-69', '70-79', '80-89'],
      flags: [1],
      concern: true,
    },
    {
      en: {
        name: 'picky eating',
        label: 'Picky eating in a child',
        titles: ['Child refuses vegetables', 'Meals take forever'],
        intro: ['{subj} eat{s} only a few foods, and I would like advice about {name}.'],
        details: [
          'Vegetables are refused at almost every meal.',
          'Meals take more than an hour.',
          'Snacks and juice are often given just so that something is eaten.',
          'Weight is at the lower end of the growth chart.',
        ],
        note: 'Picky eating is common in young children and usually improves with time; regular meal and snack times, small portions, offering new foods repeatedly without pressure and eating together as a family tend to work better than rewards or forcing.',
        check: 'a review of growth, a food diary and practical suggestions for mealtimes',
      },
      zh: {
        name: '挑食',
        label: '孩子挑食',
        titles: ['小孩都不吃青菜', '吃一餐要吃好久'],
        intro: ['{我}只吃少數幾樣東西，想請教{name}的問題。'],
        details: [
          '幾乎每一餐都不吃青菜。',
          '一餐要吃一個多小時。',
          '為了讓孩子吃點東西，常常給零食和果汁。',
          '體重在生長曲線的偏低位置。',
        ],
        note: '幼兒挑食很常見，通常會隨年齡改善；固定正餐與點心時間、份量少一點、不施壓地重複提供新食物、全家一起吃飯，往往比獎勵或強迫更有效。',
        check: '評估生長狀況、檢視飲食紀錄，並提供實用的用餐建議',
      },
      ages: ['0-9'],
      flags: [2],
      care: [0, 3],
      concern: true,
    },
  ],
  en: {
    focus: "weight management, diets for chronic disease and children's nutrition",
    visit: 'a nutrition counseling clinic',
    selfCare: [
      'keep a three-day food diary, including drinks and snacks',
      'choose water or unsweetened tea instead of sugary drinks',
      'fill half the plate with vegetables at each meal',
      'eat at regular times rather than skipping meals',
    ],
    redFlags: [
      'there is rapid, unexplained weight loss or repeated vomiting',
      'there is severe weakness, confusion or a racing heart',
      'a child stops drinking or becomes unusually drowsy',
    ],
    faqs: [
      [
        'Do I need a referral to see a dietitian?',
        'Many hospitals run nutrition counseling clinics; some need a referral or charge a fee. Ask the hospital when booking, or ask your doctor for a referral.',
      ],
      [
        'Are meal replacement products a good idea?',
        'They can help some people for a short time, but they do not build lasting habits. A dietitian can help decide whether they suit you and how to move back to regular meals.',
      ],
    ],
  },
  zh: {
    focus: '體重管理、慢性病飲食與兒童營養',
    visit: '營養諮詢門診',
    selfCare: [
      '記錄三天的飲食日記，包括飲料和點心',
      '用白開水或無糖茶取代含糖飲料',
      '每餐讓蔬菜佔餐盤的一半',
      '定時吃飯，不要跳過正餐',
    ],
    redFlags: [
      '體重快速且不明原因地減輕，或反覆嘔吐',
      '出現嚴重無力、意識混亂或心跳很快',
      '孩子不肯喝水或異常嗜睡',
    ],
    faqs: [
      [
        '看營養師需要轉診嗎？',
        '許多醫院設有營養諮詢門診，有些需要醫師轉介或自費，預約時可以先詢問醫院，或請醫師協助轉介。',
      ],
      [
        '代餐是好選擇嗎？',
        '對部分人短期可能有幫助，但無法培養長久的飲食習慣。營養師可以協助評估是否適合，以及之後如何回到正常飲食。',
      ],
    ],
  },
};

export const pharmacy: DepartmentContent = {
  slug: 'pharmacy',
  weight: 0.7,
  topics: [
    {
      en: {
        name: 'taking cold medicine together with blood pressure medicine',
        label: 'Cold medicine with blood pressure medicine',
        titles: ['Can I take cold medicine with BP pills?', 'Cold tablets and blood pressure'],
        intro: [
          '{subj} take{s} blood pressure medicine every day and now {have} a cold, so I would like to ask about {name}.',
        ],
        details: [
          'The cold tablets from the pharmacy contain a decongestant.',
          'Blood pressure is usually well controlled.',
          'There is also a painkiller at home that could be used for the headache.',
          'It is unclear whether the morning blood pressure dose should change.',
        ],
        note: 'Some cold medicines contain decongestants that can raise blood pressure, and some painkillers can affect blood pressure and the kidneys; a pharmacist can check each ingredient and suggest safer choices, and regular medicines should not be stopped without advice.',
        check: 'a review of every medicine and its ingredients, with advice on safer options',
      },
      zh: {
        name: '感冒藥和降血壓藥一起吃',
        label: '感冒藥與降血壓藥併用',
        titles: ['感冒藥可以和血壓藥一起吃嗎', '有高血壓能吃感冒藥嗎'],
        intro: ['{我}每天吃降血壓藥，現在感冒了，想請教{name}的問題。'],
        details: [
          '藥局買的感冒藥裡面有緩解鼻塞的成分。',
          '平常血壓都控制得不錯。',
          '家裡還有止痛藥，想拿來治頭痛。',
          '不知道早上的降血壓藥要不要調整。',
        ],
        note: '部分感冒藥含有緩解鼻塞的成分，可能讓血壓上升，有些止痛藥也會影響血壓與腎臟；藥師可以逐一確認成分並建議較安全的選擇，平常的藥物也不要自行停用。',
        check: '逐一檢視所有藥物及成分，並提供較安全的選擇',
      },
      ages: ['40-49', '50-59', '60-69', '70-79'],
      flags: [1],
      care: [2, 3],
      concern: true,
    },
    {
      en: {
        name: 'keeping track of many medicines',
        label: 'Managing many medicines for an older adult',
        titles: ['Nine medicines from three hospitals', 'Worried about mixing up medicines'],
        intro: [
          '{subj} take{s} nine different medicines from three hospitals, and I would like help with {name}.',
        ],
        details: [
          'Doses are sometimes missed or taken twice by mistake.',
          'Some of the tablets look very similar.',
          'There are also several supplements bought on the advice of friends.',
          'There has been more dizziness recently.',
        ],
        note: 'Taking many medicines raises the risk of mix-ups, interactions and side effects such as dizziness and falls, especially in older adults; a full medication review can often simplify the routine, and a pill organizer and a single up-to-date list help a lot.',
        check:
          'a full review of all medicines and supplements brought together, with suggestions for the prescribing doctors',
      },
      zh: {
        name: '整理多種藥物',
        label: '長輩多重用藥的管理',
        titles: ['三家醫院拿了九種藥', '擔心藥吃錯'],
        intro: ['{我}在三家醫院拿藥，總共要吃九種藥，想請教{name}的方法。'],
        details: [
          '有時候會忘記吃，或不小心重複吃。',
          '有幾種藥長得很像。',
          '還有朋友推薦買的好幾種保健食品。',
          '最近比較常頭暈。',
        ],
        note: '同時吃很多種藥，容易搞混、產生交互作用，或出現頭暈、跌倒等副作用，長輩尤其要小心；完整的用藥整合常能簡化吃藥方式，搭配分裝藥盒和一份最新的用藥清單也很有幫助。',
        check: '把所有藥物和保健食品帶來做完整的用藥整合評估，並提供開藥醫師參考的建議',
      },
      ages: ['70-79', '80-89', '90+'],
      flags: [1, 2],
      care: [0, 1, 3],
      concern: true,
    },
    {
      en: {
        name: 'stopping antibiotics early',
        label: 'Stopping antibiotics early',
        titles: ['Feeling better: can I stop the antibiotics?', 'Leftover antibiotics'],
        intro: [
          '{subj} {am} on a course of antibiotics and feel{s} much better, so I would like to ask about {name}.',
        ],
        details: [
          'The course was prescribed for seven days, and today is day four.',
          'There is some stomach upset and loose stool.',
          'Some tablets are left over from a previous illness.',
          'It is unclear whether the remaining tablets can be kept for next time.',
        ],
        note: 'Antibiotics should usually be taken for as long as the prescriber advised, even after feeling better, and leftover antibiotics should not be saved or shared; side effects such as stomach upset are common and can often be managed, so they are worth discussing rather than stopping alone.',
        check:
          'a review of the prescription and side effects, and advice on what to do with leftover medicine',
      },
      zh: {
        name: '抗生素可不可以提早停',
        label: '提早停用抗生素',
        titles: ['症狀好了抗生素可以停嗎', '吃剩的抗生素怎麼辦'],
        intro: ['{我}正在吃抗生素，症狀已經好很多，想請教{name}的問題。'],
        details: [
          '醫師開了七天，今天是第四天。',
          '有點胃不舒服，大便也偏軟。',
          '家裡還有上次沒吃完的藥。',
          '不知道剩下的藥能不能留著下次用。',
        ],
        note: '抗生素通常應該依照醫師指示吃完療程，即使覺得好多了也一樣，剩下的抗生素不要保存起來或給別人吃；胃不舒服等副作用很常見，多半可以處理，建議先諮詢，不要自行停藥。',
        check: '檢視處方與副作用，並說明剩餘藥品的處理方式',
      },
      flags: [0],
      care: [0, 3],
      concern: true,
    },
  ],
  en: {
    focus: 'medication reviews, drug interactions and the safe use of over-the-counter medicines',
    visit: 'a hospital pharmacy counseling service',
    selfCare: [
      'keep an up-to-date list of every medicine and supplement',
      'use a weekly pill organizer',
      'read the ingredients of over-the-counter products before buying them',
      'gather all medicine bags and boxes to bring along',
    ],
    redFlags: [
      'the face or lips swell, a widespread rash appears or breathing becomes difficult after a medicine',
      'there is fainting, severe dizziness or a very slow or very fast heartbeat',
      'someone has taken much more than the prescribed dose',
    ],
    faqs: [
      [
        'Can I ask a pharmacist about my medicines for free?',
        'Most hospitals in Taiwan have a medication counseling service where pharmacists answer questions about your prescriptions, usually free of charge. Bring your medicine bags or a list.',
      ],
      [
        'How should I get rid of old medicines?',
        'Most tablets and capsules can go in household rubbish after being mixed with something unappealing, such as used coffee grounds, but some medicines need special handling. Many pharmacies and hospitals take medicines back; ask them.',
      ],
    ],
  },
  zh: {
    focus: '用藥整合、藥物交互作用與成藥的安全使用',
    visit: '醫院藥劑科的用藥諮詢窗口',
    selfCare: [
      '隨身帶一份最新的用藥與保健食品清單',
      '使用一週分裝藥盒',
      '在購買成藥前看清楚成分',
      '把所有藥袋和藥盒整理好，諮詢時一起帶去',
    ],
    redFlags: [
      '用藥後臉或嘴唇腫、全身起疹子或呼吸困難',
      '出現昏倒、嚴重頭暈，或心跳非常慢或非常快',
      '有人服用了遠超過處方的劑量',
    ],
    faqs: [
      [
        '用藥問題可以免費問藥師嗎？',
        '台灣多數醫院設有用藥諮詢窗口，藥師會解答處方藥的相關問題，通常不收費。請帶著藥袋或用藥清單前往。',
      ],
      [
        '過期或不用的藥怎麼丟？',
        '一般錠劑與膠囊可以和咖啡渣等不討喜的東西混合後，當一般垃圾丟棄，但部分藥品需要特別處理。很多藥局與醫院都有回收服務，可以先詢問。',
      ],
    ],
  },
};
